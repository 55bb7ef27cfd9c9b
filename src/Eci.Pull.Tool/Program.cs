using System;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.Pull.Tool;

/// <summary>The <c>eci-pull</c> entry point: wires the console and Ctrl+C to <see cref="EciPullApp"/>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // First Ctrl+C stops cleanly (partial downloads stay resumable); a second one kills the process.
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        };
        var console = new ToolConsole(Console.In, Console.Out, Console.Error, isTerminal: !Console.IsOutputRedirected);
        return await EciPullApp.RunAsync(args, console, cancel.Token).ConfigureAwait(false);
    }
}
