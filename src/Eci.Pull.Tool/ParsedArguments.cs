using System;
using System.Collections.Generic;
using System.Linq;

namespace Eci.Pull.Tool;

/// <summary>
/// Hand-written argument parsing: <c>--name value</c>, <c>--name=value</c>, flags, and positional arguments;
/// <c>--</c> ends options. Unknown options are errors that name the option and the command.
/// </summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private ParsedArguments(string command)
    {
        Command = command;
    }

    public string Command { get; }

    public List<string> Positionals { get; } = new();

    public static ParsedArguments Parse(string command, IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var parsed = new ParsedArguments(command);
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            var name = arg;
            string? inline = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg.Substring(0, equals);
                inline = arg.Substring(equals + 1);
            }

            if (name is "-h")
            {
                name = "--help";
            }

            if (flagOptions.Contains(name))
            {
                if (inline is not null)
                {
                    throw new UsageException($"Option {name} of '{command}' takes no value.");
                }

                parsed._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"Option {name} of '{command}' needs a value."));
                if (parsed._values.ContainsKey(name))
                {
                    throw new UsageException($"Option {name} of '{command}' is given twice.");
                }

                parsed._values[name] = value;
            }
            else
            {
                var known = string.Join(", ", valueOptions.Concat(flagOptions).OrderBy(o => o, StringComparer.Ordinal));
                throw new UsageException($"Unknown option '{name}' for '{command}'. Known options: {known}.");
            }
        }

        return parsed;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _values.TryGetValue(option, out var value) ? value : null;
}
