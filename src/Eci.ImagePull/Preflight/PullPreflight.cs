using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Eci.ImagePull.Preflight;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull;

/// <summary>
/// Checks a real ECI request before it is sent: the values the analyzers cannot see at compile time (images, registry
/// lists and credentials from configuration) go through the same rules engine, with the same rule ids and texts.
/// </summary>
/// <remarks>
/// <para>
/// The request is a <c>CreateContainerGroupRequest</c>, <c>CreateImageCacheRequest</c>, <c>UpdateContainerGroupRequest</c>
/// or <c>UpdateImageCacheRequest</c> of the ECI SDK (read through its public properties by name, so any SDK version
/// with those names works), the dictionary <c>TeaModel.ToMap()</c> returns for one, or its flattened API parameters
/// (<c>Container.1.Image</c>, <c>ImageRegistryCredential.1.Server</c>, ...; an <c>Action</c> parameter names the operation).
/// </para>
/// <para>
/// Each finding's <see cref="PullFinding.Source"/> is the request path of the value it is about, as a string:
/// <c>Container[2].Image</c>, <c>ImageRegistryCredential[0].Server</c>, <c>PlainHttpRegistry</c>; for flattened
/// parameters, the parameter name (<c>Container.3.Image</c>).
/// </para>
/// <para>
/// Trimmed and Native AOT apps: the generic overloads (chosen whenever the request's static type is known) keep the
/// properties they read. Through <see cref="object"/> a request whose getters were trimmed away gets an
/// <see cref="InvalidOperationException"/>, never a wrong verdict.
/// </para>
/// </remarks>
public static partial class PullPreflight
{
    /// <summary>Every rule of the engine on the request's actual values. No network.</summary>
    /// <param name="request">The request (see the class remarks for the accepted shapes).</param>
    /// <param name="knowledge">What is known about the registries, as the analyzers read it from <c>.editorconfig</c>; null for nothing.</param>
    /// <returns>The findings, each with its request path as <see cref="PullFinding.Source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> is not a request, or a value has the wrong type.</exception>
    public static IReadOnlyList<PullFinding> Evaluate(object request, RegistryKnowledge? knowledge = null) =>
        Evaluate(PreflightReader.ReadUntyped(NotNull(request)), knowledge, passwordsAreWritten: false);

    /// <inheritdoc cref="Evaluate(object, RegistryKnowledge?)"/>
    /// <typeparam name="TRequest">The request's type; its properties and element types are kept by the trimmer.</typeparam>
    public static IReadOnlyList<PullFinding> Evaluate<[DynamicallyAccessedMembers(ObjectNode.Preserved)] TRequest>(TRequest request, RegistryKnowledge? knowledge = null)
        where TRequest : class =>
        Evaluate(PreflightReader.Read(typeof(TRequest), NotNull(request)), knowledge, passwordsAreWritten: false);

    /// <summary>Throws when <see cref="Evaluate(object, RegistryKnowledge?)"/> finds anything at warning or error severity.</summary>
    /// <param name="request">The request.</param>
    /// <param name="knowledge">What is known about the registries; null for nothing.</param>
    /// <exception cref="PullPreflightException">A finding at warning or error severity; the message lists each with its path.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> is not a request, or a value has the wrong type.</exception>
    public static void ThrowIfInvalid(object request, RegistryKnowledge? knowledge = null) =>
        ThrowIfInvalid(PreflightReader.ReadUntyped(NotNull(request)), knowledge);

    /// <inheritdoc cref="ThrowIfInvalid(object, RegistryKnowledge?)"/>
    /// <typeparam name="TRequest">The request's type; its properties and element types are kept by the trimmer.</typeparam>
    public static void ThrowIfInvalid<[DynamicallyAccessedMembers(ObjectNode.Preserved)] TRequest>(TRequest request, RegistryKnowledge? knowledge = null)
        where TRequest : class =>
        ThrowIfInvalid(PreflightReader.Read(typeof(TRequest), NotNull(request)), knowledge);

    /// <summary>Reads a request in any accepted shape (for <c>eci-pull preflight</c>).</summary>
    internal static PreflightRequest Read(object request) => PreflightReader.ReadUntyped(NotNull(request));

    /// <summary>The rules on a request already read.</summary>
    /// <param name="request">The request.</param>
    /// <param name="knowledge">What is known about the registries.</param>
    /// <param name="passwordsAreWritten">True for request files: a password there is a leaked constant (ECI007).</param>
    internal static IReadOnlyList<PullFinding> Evaluate(PreflightRequest request, RegistryKnowledge? knowledge, bool passwordsAreWritten) =>
        PullSettingsRules.Evaluate(request.ToPullSettings(knowledge, passwordsAreWritten));

    /// <summary>Findings that block: the rule's default severity is warning or error.</summary>
    internal static bool Blocks(PullFinding finding) => finding.Rule.DefaultSeverity >= RuleSeverity.Warning;

    private static void ThrowIfInvalid(PreflightRequest request, RegistryKnowledge? knowledge)
    {
        var findings = Evaluate(request, knowledge, passwordsAreWritten: false);
        foreach (var finding in findings)
        {
            if (Blocks(finding))
            {
                throw new PullPreflightException(PreflightMessage.For(request, findings, failures: null), findings);
            }
        }
    }

    private static T NotNull<T>(T request)
        where T : class =>
        request ?? throw new ArgumentNullException(nameof(request));
}
