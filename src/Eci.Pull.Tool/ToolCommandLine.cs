using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;

namespace Eci.Pull.Tool;

/// <summary>
/// The eci-pull command tree on System.CommandLine: POSIX-style options (<c>--name value</c>, <c>--name=value</c>,
/// <c>--</c> ends options), response files (<c>@file</c>), generated help with each command's details below it, and
/// completions through the <c>[suggest]</c> directive that dotnet-suggest calls.
/// </summary>
internal static class ToolCommandLine
{
    /// <summary>Help is wrapped to this width whatever the terminal, so the text reads the same everywhere.</summary>
    private const int HelpWidth = 110;

    private const string ToolName = "eci-pull";

    public static RootCommand Create(ToolConsole console)
    {
        var commands = new[]
        {
            CheckCommand.Create(console),
            ProbeCommand.Create(console),
            PullCommand.Create(console),
            PreflightCommand.Create(console),
        };
        var root = new RootCommand(HelpText.Root);
        // The root is named after the executable; [suggest] skips that name at the start of the line it completes, and
        // the alias keeps it skipped when eci-pull runs under another host (the test host, in-process). Only then: a
        // name given twice breaks the parser.
        if (root.Name != ToolName)
        {
            root.Aliases.Add(ToolName);
        }
        foreach (var command in commands)
        {
            root.Add(command);
        }

        root.Add(HelpCommand(root, commands));

        // Only -h and --help: the default's Windows-style /? and /h would be offered as completions on every shell.
        var help = new HelpOption("--help", "-h")
        {
            Action = new DetailedHelpAction(new HelpAction { MaxWidth = HelpWidth }, Details(root, commands)),
        };
        var version = root.Options.OfType<VersionOption>().Single();
        version.Action = new VersionAction();
        root.Options.Remove(root.Options.OfType<HelpOption>().Single());
        root.Options.Insert(0, help);
        return root;
    }

    /// <summary><c>eci-pull help [COMMAND]</c>: the help of the root or of one command.</summary>
    private static Command HelpCommand(RootCommand root, IReadOnlyList<Command> commands)
    {
        var names = commands.Select(c => c.Name).ToArray();
        var name = new Argument<string>("COMMAND") { Arity = ArgumentArity.ZeroOrOne, HelpName = "COMMAND", Description = "The command to explain: " + string.Join(", ", names) };
        name.CompletionSources.Add(names);
        var command = new Command("help", HelpText.Help) { name };
        command.SetAction((result, cancellationToken) =>
        {
            var wanted = result.GetValue(name);
            if (wanted is not null && !names.Contains(wanted, StringComparer.Ordinal))
            {
                throw new UsageException(UsageErrors.UnknownCommand(wanted, root));
            }

            var helpArgs = wanted is null ? new[] { "--help" } : new[] { wanted, "--help" };
            return root.Parse(helpArgs).InvokeAsync(result.InvocationConfiguration, cancellationToken);
        });
        return command;
    }

    private static Dictionary<Command, string> Details(RootCommand root, IReadOnlyList<Command> commands)
    {
        var details = new Dictionary<Command, string> { [root] = HelpText.RootDetails };
        foreach (var command in commands)
        {
            details[command] = command.Name switch
            {
                "check" => HelpText.CheckDetails,
                "probe" => HelpText.ProbeDetails,
                "pull" => HelpText.PullDetails,
                "preflight" => HelpText.PreflightDetails,
                _ => string.Empty,
            };
        }

        return details;
    }
}
