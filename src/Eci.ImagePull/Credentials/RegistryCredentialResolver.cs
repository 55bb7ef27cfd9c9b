using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;

namespace Eci.ImagePull;

/// <summary>
/// Finds the credential for a registry. Sources are asked in this order, and the first that has a credential wins:
/// <list type="number">
/// <item><b>Environment variables</b> <c>ECI_REGISTRY_&lt;KEY&gt;_USERNAME</c> and <c>ECI_REGISTRY_&lt;KEY&gt;_PASSWORD</c>,
/// where KEY is the registry address (<c>host[:port]</c>, host lower-cased, scheme and path dropped) upper-cased,
/// '.' written '_' and '-', ':', '[', ']' written <c>__DASH_</c>, <c>__COLON_</c>, <c>__OPEN_</c>, <c>__CLOSE_</c>
/// (<see cref="EnvironmentVariableNaming"/>; two registries never share a name): <c>192.168.1.10:5000</c> →
/// <c>ECI_REGISTRY_192_168_1_10__COLON_5000_USERNAME</c>. Docker Hub, under any of its names (<c>docker.io</c>,
/// <c>index.docker.io</c>, <c>registry-1.docker.io</c>), is <c>ECI_REGISTRY_DOCKER_IO_USERNAME</c>. Setting only
/// one of the two is an error that names the missing variable; empty values count as unset.</item>
/// <item><b>Docker config</b>: first the JSON in <see cref="RegistryCredentialOptions.DockerAuthConfigJson"/>
/// (<c>DOCKER_AUTH_CONFIG</c>), then the file <see cref="RegistryCredentialOptions.DockerConfigPath"/>. Within each
/// document: the <c>credHelpers</c> helper for the registry, then the <c>auths</c> entry, then the <c>credsStore</c>
/// helper; a step with nothing for the registry passes on to the next. <c>auths</c> keys are matched exactly
/// first, then after stripping scheme and path; Docker Hub's key is <c>https://index.docker.io/v1/</c>, and
/// <c>index.docker.io</c>, <c>docker.io</c> and <c>registry-1.docker.io</c> keys are accepted too. Unlike Docker,
/// a usable inline <c>auths</c> credential is preferred to <c>credsStore</c> (Docker would ask only the store):
/// inline credentials are written deliberately, and after a normal <c>docker login</c> the inline entry is empty
/// so the store is asked just as Docker would.</item>
/// <item><b>Providers</b> from <see cref="RegistryCredentialOptions.Providers"/> and <see cref="RegistryCredentials.Register(IRegistryCredentialProvider)"/>, in order.</item>
/// </list>
/// Every lookup reads its sources afresh; nothing is cached. A source that exists but is broken (malformed JSON,
/// failing helper) stops the search with <see cref="RegistryCredentialsException"/> rather than being skipped,
/// so a typo never silently selects a different account.
/// </summary>
public sealed class RegistryCredentialResolver
{
    private readonly ICredentialSource[] _fixedSources;
    private readonly object _registrationLock = new object();

    // Copy-on-write: lookups read the array without locking while registrations replace it.
    private ICredentialSource[] _providers;

    /// <summary>Creates a resolver from a snapshot of <paramref name="options"/>.</summary>
    /// <param name="options">Where to look.</param>
    public RegistryCredentialResolver(RegistryCredentialOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (options.GetEnvironmentVariable is null)
        {
            throw new ArgumentException("GetEnvironmentVariable must be set.", nameof(options));
        }

        if (options.HelperRunner is null)
        {
            throw new ArgumentException("HelperRunner must be set.", nameof(options));
        }

        if (options.HelperTimeout <= TimeSpan.Zero && options.HelperTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException("HelperTimeout must be positive (or Timeout.InfiniteTimeSpan).", nameof(options));
        }

        var fixedSources = new List<ICredentialSource> { new EnvironmentCredentialSource(options.GetEnvironmentVariable) };
        if (options.DockerAuthConfigJson != null)
        {
            fixedSources.Add(DockerConfigCredentialSource.FromEnvironmentJson(options.DockerAuthConfigJson, options.HelperRunner, options.HelperTimeout));
        }

        if (options.DockerConfigPath != null)
        {
            fixedSources.Add(DockerConfigCredentialSource.FromFile(options.DockerConfigPath, options.HelperRunner, options.HelperTimeout));
        }

        _fixedSources = fixedSources.ToArray();
        _providers = (options.Providers ?? new List<IRegistryCredentialProvider>())
            .Select(provider => (ICredentialSource)new ProviderCredentialSource(provider ?? throw new ArgumentException("Providers contains null.", nameof(options))))
            .ToArray();
    }

    /// <summary>Finds the credential for a registry.</summary>
    /// <param name="registry">The registry address, <c>host[:port]</c>; Docker Hub is <c>docker.io</c>.</param>
    /// <returns>The credential from the first source that has one.</returns>
    /// <exception cref="RegistryCredentialsNotFoundException">No source has a credential; the message lists every place looked at.</exception>
    /// <exception cref="RegistryCredentialsException">A source is broken (malformed config, failing helper, half-set variables).</exception>
    /// <exception cref="ArgumentException"><paramref name="registry"/> is empty.</exception>
    public RegistryCredential Resolve(string registry)
    {
        CredentialRegistryKey key = CredentialRegistryKey.Parse(registry);
        ICredentialSource[] sources = Sources();
        foreach (ICredentialSource source in sources)
        {
            if (source.TryGet(key, out RegistryCredential? credential))
            {
                return credential;
            }
        }

        throw new RegistryCredentialsNotFoundException(key.Original, Describe(sources, key));
    }

    /// <summary>
    /// Finds the credential for a registry without throwing: any failure, including a broken source, gives
    /// <see langword="false"/>. Call <see cref="Resolve"/> to learn why.
    /// </summary>
    /// <param name="registry">The registry address, <c>host[:port]</c>; Docker Hub is <c>docker.io</c>.</param>
    /// <param name="credential">The credential when found.</param>
    /// <returns><see langword="true"/> when a credential was found.</returns>
    public bool TryResolve(string registry, [NotNullWhen(true)] out RegistryCredential? credential)
    {
        credential = null;
        try
        {
            credential = Resolve(registry);
            return true;
        }
        catch (Exception ex) when (!(ex is OutOfMemoryException))
        {
            return false;
        }
    }

    /// <summary>
    /// Every place that would be looked at for <paramref name="registry"/>, in order, including the helpers the
    /// Docker config names. Nothing is run; the Docker config is read.
    /// </summary>
    /// <param name="registry">The registry address, <c>host[:port]</c>; Docker Hub is <c>docker.io</c>.</param>
    /// <returns>One human-readable line per place.</returns>
    public IReadOnlyList<string> DescribeSearch(string registry) =>
        Describe(Sources(), CredentialRegistryKey.Parse(registry));

    /// <summary>Adds a provider after the existing ones; safe to call while other threads resolve.</summary>
    /// <param name="provider">The provider.</param>
    internal void AddProvider(IRegistryCredentialProvider provider)
    {
        var source = new ProviderCredentialSource(provider ?? throw new ArgumentNullException(nameof(provider)));
        lock (_registrationLock)
        {
            var providers = new ICredentialSource[_providers.Length + 1];
            _providers.CopyTo(providers, 0);
            providers[providers.Length - 1] = source;
            Volatile.Write(ref _providers, providers);
        }
    }

    private static IReadOnlyList<string> Describe(IEnumerable<ICredentialSource> sources, CredentialRegistryKey key) =>
        sources.SelectMany(source => source.Describe(key)).ToArray();

    private ICredentialSource[] Sources() => _fixedSources.Concat(Volatile.Read(ref _providers)).ToArray();
}
