using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace Eci.ImagePull;

/// <summary>
/// The entry point that generated code calls, for example
/// <c>UserName = RegistryCredentials.UserNameFor("reg:5000"), Password = RegistryCredentials.PasswordFor("reg:5000")</c>.
/// Everything delegates to <see cref="Default"/>, a <see cref="RegistryCredentialResolver"/> over the process
/// environment created on first use; see that class for the resolution order and the environment variable names.
/// </summary>
public static class RegistryCredentials
{
    private static readonly Lazy<RegistryCredentialResolver> LazyDefault = new Lazy<RegistryCredentialResolver>(
        () => new RegistryCredentialResolver(new RegistryCredentialOptions()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared resolver over the process environment, the user's Docker config and the registered providers.</summary>
    public static RegistryCredentialResolver Default => LazyDefault.Value;

    /// <summary>Finds the credential for a registry.</summary>
    /// <param name="registry">The registry address, <c>host[:port]</c>; Docker Hub is <c>docker.io</c>.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="RegistryCredentialsNotFoundException">No source has one; the message lists every place looked at.</exception>
    /// <exception cref="RegistryCredentialsException">A source is broken.</exception>
    public static RegistryCredential Resolve(string registry) => Default.Resolve(registry);

    /// <summary>Finds the credential for a registry; never throws.</summary>
    /// <param name="registry">The registry address, <c>host[:port]</c>; Docker Hub is <c>docker.io</c>.</param>
    /// <param name="credential">The credential when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryResolve(string registry, [NotNullWhen(true)] out RegistryCredential? credential) =>
        Default.TryResolve(registry, out credential);

    /// <summary>
    /// The user name for a registry. Each call resolves afresh (a credential helper may run again); call
    /// <see cref="Resolve"/> once when both parts are needed in the same place.
    /// </summary>
    /// <param name="registry">The registry address, <c>host[:port]</c>; Docker Hub is <c>docker.io</c>.</param>
    /// <returns>The user name.</returns>
    /// <exception cref="RegistryCredentialsNotFoundException">No source has a credential.</exception>
    /// <exception cref="RegistryCredentialsException">A source is broken.</exception>
    public static string UserNameFor(string registry) => Default.Resolve(registry).UserName;

    /// <summary>The password (or identity token) for a registry; resolves afresh like <see cref="UserNameFor"/>.</summary>
    /// <param name="registry">The registry address, <c>host[:port]</c>; Docker Hub is <c>docker.io</c>.</param>
    /// <returns>The password.</returns>
    /// <exception cref="RegistryCredentialsNotFoundException">No source has a credential.</exception>
    /// <exception cref="RegistryCredentialsException">A source is broken.</exception>
    public static string PasswordFor(string registry) => Default.Resolve(registry).Password;

    /// <summary>Adds a provider to <see cref="Default"/>, asked after the environment, the Docker config and earlier providers. Thread-safe.</summary>
    /// <param name="provider">The provider.</param>
    public static void Register(IRegistryCredentialProvider provider) => Default.AddProvider(provider);

    /// <summary>Adds a provider for one registry to <see cref="Default"/>. Thread-safe.</summary>
    /// <param name="registry">The registry address; <c>Reg:5000</c>, <c>https://reg:5000/</c> and <c>reg:5000</c> are the same registry.</param>
    /// <param name="factory">Called at each lookup of that registry; may return <see langword="null"/> for "none".</param>
    public static void Register(string registry, Func<RegistryCredential?> factory) =>
        Default.AddProvider(new DelegateCredentialProvider(registry, factory));
}
