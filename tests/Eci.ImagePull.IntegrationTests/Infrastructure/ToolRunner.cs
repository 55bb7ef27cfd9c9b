using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Eci.Pull.Tool;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>What one in-process run of eci-pull printed and returned.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}

/// <summary>
/// Runs the eci-pull tool in-process with captured output and an empty environment, so a developer's own
/// Docker login or ECI_REGISTRY_* variables never influence (or leak into) a test.
/// </summary>
internal static class ToolRunner
{
    public static async Task<ToolRun> RunWithInputAsync(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new ToolConsole(new StringReader(stdin ?? string.Empty), output, error, isTerminal: false, environment: _ => null);
        var code = await EciPullApp.RunAsync(args, console, CancellationToken.None);
        return new ToolRun(code, output.ToString(), error.ToString());
    }

    public static Task<ToolRun> RunAsync(params string[] args) => RunWithInputAsync(null, args);
}
