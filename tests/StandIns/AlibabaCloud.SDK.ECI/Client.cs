// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// Signatures mirror the real Client; every call throws InvalidOperationException because this assembly cannot reach ECI.

using System;
using System.Collections.Generic;
using System.Threading.Tasks;

using AlibabaCloud.SDK.Eci20180808.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.Eci20180808;

/// <summary>
/// Client of the ECI API (version 2018-08-08). In this stand-in every operation throws
/// <see cref="InvalidOperationException"/>; build against the real package (<c>-p:EciSdk=Package</c>) to call ECI.
/// </summary>
public class Client : AlibabaCloud.OpenApiClient.Client
{
    /// <summary>Creates the client. The stand-in keeps nothing and contacts nothing.</summary>
    /// <param name="config">Credentials, region and endpoint settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
    public Client(AlibabaCloud.OpenApiClient.Models.Config config)
        : base(config)
    {
    }

    /// <summary>Resolves the API endpoint for a product and region. Always throws in the stand-in.</summary>
    /// <param name="productId">Product ID, <c>eci</c> for this client.</param>
    /// <param name="regionId">Region ID.</param>
    /// <param name="endpointRule">Endpoint rule.</param>
    /// <param name="network">Network type.</param>
    /// <param name="suffix">Endpoint suffix.</param>
    /// <param name="endpointMap">Per-region endpoint overrides.</param>
    /// <param name="endpoint">Explicit endpoint.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot resolve endpoints.</exception>
    public string GetEndpoint(string productId, string regionId, string endpointRule, string network, string suffix, Dictionary<string, string> endpointMap, string endpoint)
    {
        throw StandIn.NotCallable();
    }

    /// <summary>Creates an elastic container instance; ECI pulls the images of its containers and init containers. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public CreateContainerGroupResponse CreateContainerGroupWithOptions(CreateContainerGroupRequest request, RuntimeOptions runtime)
    {
        throw StandIn.NotCallable();
    }

    /// <summary>Creates an elastic container instance; ECI pulls the images of its containers and init containers. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<CreateContainerGroupResponse> CreateContainerGroupWithOptionsAsync(CreateContainerGroupRequest request, RuntimeOptions runtime)
    {
        // Fail through the task, as the real async method does, rather than at the call site.
        return Task.FromException<CreateContainerGroupResponse>(StandIn.NotCallable());
    }

    /// <summary>Creates an elastic container instance; ECI pulls the images of its containers and init containers. Uses default runtime options. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public CreateContainerGroupResponse CreateContainerGroup(CreateContainerGroupRequest request)
    {
        return CreateContainerGroupWithOptions(request, new RuntimeOptions());
    }

    /// <summary>Creates an elastic container instance; ECI pulls the images of its containers and init containers. Uses default runtime options. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<CreateContainerGroupResponse> CreateContainerGroupAsync(CreateContainerGroupRequest request)
    {
        return CreateContainerGroupWithOptionsAsync(request, new RuntimeOptions());
    }

    /// <summary>Creates an image cache by pulling the requested images. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public CreateImageCacheResponse CreateImageCacheWithOptions(CreateImageCacheRequest request, RuntimeOptions runtime)
    {
        throw StandIn.NotCallable();
    }

    /// <summary>Creates an image cache by pulling the requested images. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<CreateImageCacheResponse> CreateImageCacheWithOptionsAsync(CreateImageCacheRequest request, RuntimeOptions runtime)
    {
        // Fail through the task, as the real async method does, rather than at the call site.
        return Task.FromException<CreateImageCacheResponse>(StandIn.NotCallable());
    }

    /// <summary>Creates an image cache by pulling the requested images. Uses default runtime options. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public CreateImageCacheResponse CreateImageCache(CreateImageCacheRequest request)
    {
        return CreateImageCacheWithOptions(request, new RuntimeOptions());
    }

    /// <summary>Creates an image cache by pulling the requested images. Uses default runtime options. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<CreateImageCacheResponse> CreateImageCacheAsync(CreateImageCacheRequest request)
    {
        return CreateImageCacheWithOptionsAsync(request, new RuntimeOptions());
    }

    /// <summary>Updates an elastic container instance; changed images are pulled again. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public UpdateContainerGroupResponse UpdateContainerGroupWithOptions(UpdateContainerGroupRequest request, RuntimeOptions runtime)
    {
        throw StandIn.NotCallable();
    }

    /// <summary>Updates an elastic container instance; changed images are pulled again. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<UpdateContainerGroupResponse> UpdateContainerGroupWithOptionsAsync(UpdateContainerGroupRequest request, RuntimeOptions runtime)
    {
        // Fail through the task, as the real async method does, rather than at the call site.
        return Task.FromException<UpdateContainerGroupResponse>(StandIn.NotCallable());
    }

    /// <summary>Updates an elastic container instance; changed images are pulled again. Uses default runtime options. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public UpdateContainerGroupResponse UpdateContainerGroup(UpdateContainerGroupRequest request)
    {
        return UpdateContainerGroupWithOptions(request, new RuntimeOptions());
    }

    /// <summary>Updates an elastic container instance; changed images are pulled again. Uses default runtime options. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<UpdateContainerGroupResponse> UpdateContainerGroupAsync(UpdateContainerGroupRequest request)
    {
        return UpdateContainerGroupWithOptionsAsync(request, new RuntimeOptions());
    }

    /// <summary>Rebuilds an image cache. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public UpdateImageCacheResponse UpdateImageCacheWithOptions(UpdateImageCacheRequest request, RuntimeOptions runtime)
    {
        throw StandIn.NotCallable();
    }

    /// <summary>Rebuilds an image cache. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<UpdateImageCacheResponse> UpdateImageCacheWithOptionsAsync(UpdateImageCacheRequest request, RuntimeOptions runtime)
    {
        // Fail through the task, as the real async method does, rather than at the call site.
        return Task.FromException<UpdateImageCacheResponse>(StandIn.NotCallable());
    }

    /// <summary>Rebuilds an image cache. Uses default runtime options. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public UpdateImageCacheResponse UpdateImageCache(UpdateImageCacheRequest request)
    {
        return UpdateImageCacheWithOptions(request, new RuntimeOptions());
    }

    /// <summary>Rebuilds an image cache. Uses default runtime options. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<UpdateImageCacheResponse> UpdateImageCacheAsync(UpdateImageCacheRequest request)
    {
        return UpdateImageCacheWithOptionsAsync(request, new RuntimeOptions());
    }

    /// <summary>Commits a running container to an image and pushes it. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public CommitContainerResponse CommitContainerWithOptions(CommitContainerRequest request, RuntimeOptions runtime)
    {
        throw StandIn.NotCallable();
    }

    /// <summary>Commits a running container to an image and pushes it. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <param name="runtime">Retry, timeout and proxy options for this call.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<CommitContainerResponse> CommitContainerWithOptionsAsync(CommitContainerRequest request, RuntimeOptions runtime)
    {
        // Fail through the task, as the real async method does, rather than at the call site.
        return Task.FromException<CommitContainerResponse>(StandIn.NotCallable());
    }

    /// <summary>Commits a running container to an image and pushes it. Uses default runtime options. Always throws in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Never returns in the stand-in.</returns>
    /// <exception cref="InvalidOperationException">Always: the stand-in cannot call ECI.</exception>
    public CommitContainerResponse CommitContainer(CommitContainerRequest request)
    {
        return CommitContainerWithOptions(request, new RuntimeOptions());
    }

    /// <summary>Commits a running container to an image and pushes it. Uses default runtime options. The returned task always fails in the stand-in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>A task that fails with <see cref="InvalidOperationException"/>.</returns>
    public Task<CommitContainerResponse> CommitContainerAsync(CommitContainerRequest request)
    {
        return CommitContainerWithOptionsAsync(request, new RuntimeOptions());
    }
}
