using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace Eci.Pull.Tool;

/// <summary>
/// Turns what System.CommandLine could not parse into one line that names the problem, in eci-pull's words: the
/// unknown option with the options the command knows, the unknown command with the commands there are, an example
/// when a command's values are missing.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The usage error of a parse of <paramref name="args"/>, or null when the arguments are fine.</summary>
    public static string? Describe(ParseResult result, IReadOnlyList<string> args)
    {
        var command = result.CommandResult.Command;
        var root = result.RootCommandResult.Command;

        // `--json=1`: the parser splits it into the flag and a word it cannot read as true/false, and the word would
        // silently become an image. `--json=true` and `--json=false` keep working.
        if (FlagWithValue(args, command) is { } flagged)
        {
            return $"Option '{flagged}' takes no value but true or false; write '{flagged.Substring(0, flagged.IndexOf('='))}' alone.";
        }

        // A response file that cannot be read belongs to no command: its message says which file.
        if (result.Errors.FirstOrDefault(e => e.SymbolResult is null) is { } tokenError)
        {
            return tokenError.Message;
        }

        // The command comes first: a word before it (System.CommandLine would skip an unknown one and run the command
        // after it) is read as the command the user meant, like '--json check' where 'check --json' was meant.
        if (result.Tokens.FirstOrDefault(t => t.Type != TokenType.Directive) is { Type: TokenType.Argument } first)
        {
            return UnknownCommand(first.Value, root);
        }

        foreach (var token in Strays(result))
        {
            if (command == root)
            {
                return UnknownCommand(token, root);
            }

            if (LooksLikeOption(token))
            {
                var known = command.Options.Concat(root.Options.Where(o => o.Recursive))
                    .SelectMany(o => o.Aliases.Prepend(o.Name))
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(o => o, StringComparer.Ordinal);
                return $"Unknown option '{token}' for '{command.Name}'. Known options: {string.Join(", ", known)}.";
            }

            return $"Unexpected argument '{token}' for '{command.Name}'.";
        }

        if (result.Errors.Count == 0)
        {
            return null;
        }

        if (result.Errors.Select(e => e.SymbolResult).OfType<ArgumentResult>().Select(a => a.Argument).FirstOrDefault(a => a is IOperands) is { } missing
            && result.GetResult(missing) is not { Tokens.Count: > 0 })
        {
            return ((IOperands)missing).WhenMissing;
        }

        return command == root ? "A command is needed: " + Commands(root) + "." : result.Errors[0].Message;
    }

    public static string UnknownCommand(string name, Command root) => $"Unknown command '{name}'. Commands: {Commands(root)}.";

    private static string Commands(Command root) => string.Join(", ", root.Subcommands.Select(c => c.Name));

    /// <summary>
    /// The first <c>--flag=value</c> among the options (before <c>--</c>) whose flag is a switch of <paramref name="command"/>
    /// and whose value is not <c>true</c> or <c>false</c>.
    /// </summary>
    private static string? FlagWithValue(IReadOnlyList<string> args, Command command)
    {
        foreach (var arg in args)
        {
            if (arg == "--")
            {
                break;
            }

            var equals = arg.IndexOf('=');
            if (equals <= 2 || !arg.StartsWith("--", StringComparison.Ordinal) || bool.TryParse(arg.Substring(equals + 1), out _))
            {
                continue;
            }

            var name = arg.Substring(0, equals);
            if (command.Options.Any(o => o is Option<bool> && (o.Name == name || o.Aliases.Contains(name))))
            {
                return arg;
            }
        }

        return null;
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    /// <summary>
    /// Words no option or argument took, and option-like words a command's values took before <c>--</c>
    /// (System.CommandLine hands an unknown <c>--plain</c> to IMAGE...; eci-pull calls it an unknown option).
    /// </summary>
    private static IEnumerable<string> Strays(ParseResult result)
    {
        var tokens = result.Tokens;
        var optionsEnd = tokens.Select((t, i) => (t, i)).FirstOrDefault(p => p.t.Type == TokenType.DoubleDash, (null!, tokens.Count)).Item2;
        var beforeOptionsEnd = tokens.Take(optionsEnd).ToList();
        var optionLike = result.CommandResult.Command.Arguments
            .SelectMany(a => result.GetResult(a)?.Tokens ?? (IReadOnlyList<Token>)Array.Empty<Token>())
            .Where(t => LooksLikeOption(t.Value) && beforeOptionsEnd.Any(b => ReferenceEquals(b, t)))
            .Select(t => t.Value);
        return result.UnmatchedTokens.Concat(optionLike);
    }
}
