using System.CommandLine;

namespace Eci.Pull.Tool;

/// <summary>The options 'check' and 'pull' share, as one command's System.CommandLine options (a fresh set per command).</summary>
internal sealed class PullSettingsSymbols
{
    public PullSettingsSymbols(int defaultTimeoutSeconds)
    {
        Timeout = ToolOptions.Value("--timeout", "SECONDS", $"Per-request timeout (default {defaultTimeoutSeconds})");
    }

    public Option<string> PlainHttp { get; } = ToolOptions.Value("--plain-http", "LIST", "The request's PlainHttpRegistry value, e.g. \"192.168.1.10:5000,harbor.lab\"");

    public Option<string> Insecure { get; } = ToolOptions.Value("--insecure", "LIST", "The request's InsecureRegistry value");

    public Option<string> User { get; } = ToolOptions.Value("--user", "USER", "User name of an ImageRegistryCredential (with --password-stdin)");

    public Option<bool> PasswordStdin { get; } = ToolOptions.Flag("--password-stdin", "Read that credential's password from the first line of standard input");

    public Option<string> Server { get; } = ToolOptions.Value("--server", "HOST[:PORT]", "The credential's Server (default: the registry of the images, if they share one)");

    public Option<string> DockerConfig { get; } = ToolOptions.Value(
        "--docker-config",
        "PATH",
        "Docker config file or directory to look credentials up in (default: $DOCKER_CONFIG or ~/.docker; ECI_REGISTRY_* variables and helpers too). Credentials found there are used, with a reminder that ECI needs them as ImageRegistryCredential.");

    public Option<string> Platform { get; } = ToolOptions.Value("--platform", "OS/ARCH", "Platform to pick from multi-platform images (default linux/amd64)");

    public Option<string> Timeout { get; }

    public void AddTo(Command command)
    {
        command.Add(PlainHttp);
        command.Add(Insecure);
        command.Add(User);
        command.Add(PasswordStdin);
        command.Add(Server);
        command.Add(DockerConfig);
        command.Add(Platform);
        command.Add(Timeout);
    }
}
