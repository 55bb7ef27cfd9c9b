using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AlibabaCloud.SDK.Eci20180808;
using AlibabaCloud.SDK.Eci20180808.Models;

namespace Eci.Samples.ContainerGroups;

/// <summary>Where the team's images live: a constants class, as most code bases have one.</summary>
public static class TeamImages
{
    public static readonly string Registry = "images.platform.example";

    public static string Worker => Registry + "/platform/worker:4.0";
}

/// <summary>The only place that talks to ECI: every deployment goes through it (and its retry policy).</summary>
public interface IContainerGateway
{
    Task<string?> CreateAsync(CreateContainerGroupRequest request);
}

internal sealed class EciContainerGateway : IContainerGateway
{
    private readonly Client _client;

    public EciContainerGateway(Client client) => _client = client;

    public async Task<string?> CreateAsync(CreateContainerGroupRequest request)
    {
        Console.WriteLine($"creating container group {request.ContainerGroupName}");
        var response = await Retry(() => _client.CreateContainerGroupAsync(request));
        return response.Body?.ContainerGroupId;
    }

    private static async Task<T> Retry<T>(Func<Task<T>> action, int attempts = 3)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (InvalidOperationException) when (attempt < attempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}

/// <summary>Short-lived sandboxes: the analyzers follow requests and images through the gateway and these helpers.</summary>
public sealed class Sandboxes
{
    private readonly IContainerGateway _gateway;

    public Sandboxes(IContainerGateway gateway) => _gateway = gateway;

    /// <summary>A worker from the team's registry, sent through the gateway.</summary>
    public Task<string?> StartWorker(string version) =>
        _gateway.CreateAsync(new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            ContainerGroupName = "worker-" + version,
            // ECI004: the constants class's registry is self-managed and nothing here authenticates the pull.
            Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer>
            {
                new() { Name = "worker", Image = TeamImages.Worker },
            },
        });

    /// <summary>Any image, by name: the image comes from the caller.</summary>
    public Task<string?> Start(string name, string image) =>
        _gateway.CreateAsync(new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            ContainerGroupName = name,
            Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer>
            {
                new() { Name = name, Image = image },
            },
        });

    /// <summary>A shell for debugging. ECI008, reported on the argument: loopback is the instance itself.</summary>
    public Task<string?> StartShell() => Start("shell", "localhost:5000/dev/shell:1");
}
