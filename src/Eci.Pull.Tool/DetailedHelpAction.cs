using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Eci.Pull.Tool;

/// <summary>The generated help, then the command's details: verdicts, examples and exit codes no option list can show.</summary>
internal sealed class DetailedHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _generated;
    private readonly IReadOnlyDictionary<Command, string> _details;

    public DetailedHelpAction(HelpAction generated, IReadOnlyDictionary<Command, string> details)
    {
        _generated = generated;
        _details = details;
    }

    /// <summary>Like the generated help: asking for help is not a mistake, even next to a bad argument.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = _generated.Invoke(parseResult);
        if (_details.TryGetValue(parseResult.CommandResult.Command, out var details) && details.Length > 0)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(details);
        }

        return code;
    }
}
