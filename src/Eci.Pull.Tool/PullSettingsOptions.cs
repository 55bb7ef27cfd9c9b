using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Eci.ImagePull;
using Eci.ImagePull.Pull;
using Eci.ImagePull.Registry;

namespace Eci.Pull.Tool;

/// <summary>The options 'check' and 'pull' share: ECI's registry lists, a credential, the platform and the timeout.</summary>
internal sealed class PullSettingsOptions
{
    private readonly HashSet<RegistryAddress> _brokenReported = new();
    private ToolConsole _console = null!;

    private PullSettingsOptions()
    {
    }

    public string? PlainHttpRegistry { get; private set; }

    public string? InsecureRegistry { get; private set; }

    public ImagePlatform Platform { get; private set; } = ImagePlatform.LinuxAmd64;

    public TimeSpan Timeout { get; private set; }

    /// <summary>The explicit credential (--user/--password-stdin) for the registry it belongs to.</summary>
    public (RegistryAddress Server, string User, string Password)? Credential { get; private set; }

    /// <summary>Credential lookup in the Docker config, environment and helpers.</summary>
    public RegistryCredentialResolver Resolver { get; private set; } = null!;

    public static PullSettingsOptions Read(ParseResult result, PullSettingsSymbols symbols, IReadOnlyList<ImageReference> images, ToolConsole console, TimeSpan defaultTimeout)
    {
        var settings = new PullSettingsOptions
        {
            PlainHttpRegistry = CheckList(result.GetValue(symbols.PlainHttp), "--plain-http", "PlainHttpRegistry"),
            InsecureRegistry = CheckList(result.GetValue(symbols.Insecure), "--insecure", "InsecureRegistry"),
            Timeout = defaultTimeout,
            _console = console,
        };
        if (result.GetValue(symbols.Platform) is { } platform)
        {
            settings.Platform = OptionValues.Platform(platform);
        }

        if (result.GetValue(symbols.Timeout) is { } timeout)
        {
            settings.Timeout = OptionValues.Timeout(timeout);
        }

        var user = result.GetValue(symbols.User);
        var passwordStdin = result.GetValue(symbols.PasswordStdin);
        if ((user is null) != !passwordStdin)
        {
            throw new UsageException("--user and --password-stdin go together: the password is read from standard input, never from the command line.");
        }

        if (user is not null)
        {
            var password = console.Input.ReadLine()?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                throw new UsageException("--password-stdin: standard input had no password on its first line.");
            }

            settings.Credential = (CredentialServer(result.GetValue(symbols.Server), images), user, password);
        }
        else if (result.GetValue(symbols.Server) is not null)
        {
            throw new UsageException("--server names the registry of the --user credential; give --user and --password-stdin too.");
        }

        var options = console.Environment is null ? new RegistryCredentialOptions() : new RegistryCredentialOptions(console.Environment);
        if (result.GetValue(symbols.DockerConfig) is { } config)
        {
            options.DockerConfigPath = Directory.Exists(config) ? Path.Combine(config, "config.json")
                : File.Exists(config) ? config
                : throw new UsageException($"--docker-config '{config}' is neither a file nor a directory.");
        }

        settings.Resolver = new RegistryCredentialResolver(options);
        return settings;
    }

    /// <summary>Fills a pull-check request with the lists and credentials.</summary>
    public PullCheckRequest ToRequest(IEnumerable<string> images)
    {
        var request = new PullCheckRequest { PlainHttpRegistry = PlainHttpRegistry, InsecureRegistry = InsecureRegistry };
        request.Images.AddRange(images);
        if (Credential is { } credential)
        {
            request.AddCredential(credential.Server.ToString(), credential.User, credential.Password);
        }

        request.CredentialFallback = Lookup;
        return request;
    }

    /// <summary>The credential for a registry: the explicit one when it matches, else the resolver's.</summary>
    public RegistryCredential? CredentialFor(RegistryAddress registry)
    {
        if (Credential is { } credential && credential.Server.Equals(registry))
        {
            return new RegistryCredential(credential.User, credential.Password, "--user/--password-stdin");
        }

        return Lookup(registry);
    }

    /// <summary>
    /// The resolver's credential, or null. A broken source (a Docker config that is not JSON, a failing helper) is
    /// not "no credential": its reason is told on stderr, once per registry, instead of being dropped.
    /// </summary>
    private RegistryCredential? Lookup(RegistryAddress registry)
    {
        try
        {
            return Resolver.Resolve(registry.ToString());
        }
        catch (RegistryCredentialsNotFoundException)
        {
            return null;
        }
        catch (RegistryCredentialsException e)
        {
            lock (_brokenReported)
            {
                if (_brokenReported.Add(registry))
                {
                    _console.Error.WriteLine($"eci-pull: the credential for {registry} could not be looked up: {TerminalText.Escape(e.Message)}");
                }
            }

            return null;
        }
    }

    public RegistryClientOptions ClientOptions() => new()
    {
        Transports = new RegistryTransportPolicy(PlainHttpRegistry, InsecureRegistry),
        Credentials = CredentialFor,
        Platform = Platform,
        RequestTimeout = Timeout,
        // --timeout also bounds a blob that stops making progress (silent, or dripping to look alive).
        BlobIdleTimeout = Timeout,
    };

    private static string? CheckList(string? value, string option, string eciName)
    {
        if (value is null)
        {
            return null;
        }

        var list = RegistryList.Parse(value);
        var problems = list.Entries.Where(e => !e.IsValid).ToList();
        if (problems.Count > 0)
        {
            throw new UsageException($"{option} is not a valid {eciName} value: " + string.Join("; ", problems.Select(p => $"'{p.Text}': {p.Message}")));
        }

        return value;
    }

    private static RegistryAddress CredentialServer(string? server, IReadOnlyList<ImageReference> images)
    {
        if (server is not null)
        {
            return RegistryAddress.TryParse(server, out var address) ? address
                : throw new UsageException($"--server '{server}' is not host[:port] (no scheme, no path).");
        }

        var registries = images.Select(i => i.Registry).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (registries.Count != 1)
        {
            throw new UsageException("The images come from several registries; say which one the credential is for with --server HOST[:PORT].");
        }

        return RegistryAddress.Parse(registries[0]);
    }
}
