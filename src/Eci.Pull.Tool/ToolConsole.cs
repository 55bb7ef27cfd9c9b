using System;
using System.IO;

namespace Eci.Pull.Tool;

/// <summary>Where the tool reads and writes, so tests can run it in-process.</summary>
internal sealed class ToolConsole
{
    public ToolConsole(TextReader input, TextWriter output, TextWriter error, bool isTerminal, Func<string, string?>? environment = null)
    {
        Environment = environment;
        Input = input;
        Output = output;
        Error = error;
        IsTerminal = isTerminal;
    }

    /// <summary>Standard input (passwords with --password-stdin).</summary>
    public TextReader Input { get; }

    /// <summary>Standard output: results.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: usage errors and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>
    /// The environment for credential lookup (ECI_REGISTRY_* variables, DOCKER_CONFIG, HOME, PATH); null for the
    /// process environment. Tests pass a fixed one so a developer's own Docker login cannot leak in.
    /// </summary>
    public Func<string, string?>? Environment { get; }

    /// <summary>True when output goes to a terminal: progress is redrawn on one line instead of printed line by line.</summary>
    public bool IsTerminal { get; }
}
