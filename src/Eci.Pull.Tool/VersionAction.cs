using System.CommandLine;
using System.CommandLine.Invocation;

namespace Eci.Pull.Tool;

/// <summary><c>--version</c>: major.minor.patch of the tool, without the build metadata the informational version carries.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(typeof(VersionAction).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        return ExitCodes.Success;
    }
}
