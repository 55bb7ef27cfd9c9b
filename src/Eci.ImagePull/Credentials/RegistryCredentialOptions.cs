using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace Eci.ImagePull;

/// <summary>
/// Where a <see cref="RegistryCredentialResolver"/> looks. The constructors fill every property from an
/// environment; each can then be overridden. The resolver copies the options when it is created, so later
/// changes to this object do not affect it.
/// </summary>
public sealed class RegistryCredentialOptions
{
    /// <summary>The environment variable naming the Docker config directory.</summary>
    public const string DockerConfigVariable = "DOCKER_CONFIG";

    /// <summary>The environment variable holding a whole Docker config JSON document.</summary>
    public const string DockerAuthConfigVariable = "DOCKER_AUTH_CONFIG";

    /// <summary>Creates options from the current process's environment.</summary>
    public RegistryCredentialOptions()
        : this(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), usesProcessPath: true)
    {
    }

    /// <summary>
    /// Creates options from another view of the environment (tests, sandboxes): the <c>ECI_REGISTRY_*</c>
    /// variables, <c>DOCKER_CONFIG</c>, <c>HOME</c> (<c>USERPROFILE</c> on Windows), <c>DOCKER_AUTH_CONFIG</c> and
    /// the helper search path <c>PATH</c> are all read through <paramref name="getEnvironmentVariable"/>.
    /// </summary>
    /// <param name="getEnvironmentVariable">Returns a variable's value, or <see langword="null"/> when it is not set.</param>
    public RegistryCredentialOptions(Func<string, string?> getEnvironmentVariable)
        : this(getEnvironmentVariable ?? throw new ArgumentNullException(nameof(getEnvironmentVariable)), null, usesProcessPath: false)
    {
    }

    private RegistryCredentialOptions(Func<string, string?> getEnvironmentVariable, string? fallbackHome, bool usesProcessPath)
    {
        GetEnvironmentVariable = getEnvironmentVariable;
        DockerConfigPath = DefaultDockerConfigPath(getEnvironmentVariable, fallbackHome);
        DockerAuthConfigJson = NullIfEmpty(getEnvironmentVariable(DockerAuthConfigVariable));
        HelperRunner = usesProcessPath
            ? new ProcessCredentialHelperRunner()
            : new ProcessCredentialHelperRunner(getEnvironmentVariable("PATH") ?? string.Empty);
    }

    /// <summary>
    /// Reads environment variables, used for <c>ECI_REGISTRY_&lt;KEY&gt;_USERNAME</c> and
    /// <c>ECI_REGISTRY_&lt;KEY&gt;_PASSWORD</c> at every lookup. Default: the source given to the constructor.
    /// </summary>
    public Func<string, string?> GetEnvironmentVariable { get; set; }

    /// <summary>
    /// The Docker config file, or <see langword="null"/> to read none. Default: <c>$DOCKER_CONFIG/config.json</c>
    /// when <c>DOCKER_CONFIG</c> is set, otherwise <c>.docker/config.json</c> in the user's home directory.
    /// A file that does not exist is not an error.
    /// </summary>
    public string? DockerConfigPath { get; set; }

    /// <summary>
    /// A Docker config JSON document consulted before <see cref="DockerConfigPath"/>, or <see langword="null"/> for
    /// none. Default: the <c>DOCKER_AUTH_CONFIG</c> environment variable (the form CI systems use).
    /// </summary>
    public string? DockerAuthConfigJson { get; set; }

    /// <summary>
    /// Runs credential helpers named by <c>credHelpers</c> and <c>credsStore</c>. Default: a
    /// <see cref="ProcessCredentialHelperRunner"/> searching <c>PATH</c>.
    /// </summary>
    public ICredentialHelperRunner HelperRunner { get; set; }

    /// <summary>Application providers, asked in list order after the environment and the Docker config.</summary>
    public List<IRegistryCredentialProvider> Providers { get; set; } = new List<IRegistryCredentialProvider>();

    /// <summary>How long one credential helper may run before it is stopped. Default: 10 seconds.</summary>
    public TimeSpan HelperTimeout { get; set; } = TimeSpan.FromSeconds(10);

    private static string? DefaultDockerConfigPath(Func<string, string?> getEnvironmentVariable, string? fallbackHome)
    {
        string? configDirectory = NullIfEmpty(getEnvironmentVariable(DockerConfigVariable));
        if (configDirectory != null)
        {
            return Path.Combine(configDirectory, "config.json");
        }

        string homeVariable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "USERPROFILE" : "HOME";
        string? home = NullIfEmpty(getEnvironmentVariable(homeVariable)) ?? NullIfEmpty(fallbackHome);
        return home is null ? null : Path.Combine(home, ".docker", "config.json");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
