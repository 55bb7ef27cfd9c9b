using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;

namespace Eci.ImagePull;

/// <summary>
/// Runs <c>docker-credential-&lt;name&gt;</c> as a child process: the program is looked up in a <c>PATH</c>-style
/// search path, the verb is its only argument, the input goes to standard input, and the helper is stopped
/// (with its child processes where the platform allows) when it exceeds the timeout.
/// </summary>
public sealed class ProcessCredentialHelperRunner : ICredentialHelperRunner
{
    /// <summary>Every Docker credential helper program is named with this prefix.</summary>
    public const string ProgramPrefix = "docker-credential-";

    private const int MaxSearchPathInMessage = 300;

    /// <summary>Most characters read from either output stream; a credential answer is far smaller.</summary>
    internal const int MaxOutputChars = 64 * 1024;

    private static readonly TimeSpan ExitPoll = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan OutputDrainGrace = TimeSpan.FromSeconds(2);

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a runner that searches the current process's <c>PATH</c> at every run.</summary>
    public ProcessCredentialHelperRunner()
        : this(null)
    {
    }

    /// <summary>Creates a runner that searches the given directories instead of the process's <c>PATH</c>.</summary>
    /// <param name="searchPath">
    /// Directories separated by <see cref="Path.PathSeparator"/>, like <c>PATH</c>;
    /// <see langword="null"/> to use the process's <c>PATH</c>.
    /// </param>
    public ProcessCredentialHelperRunner(string? searchPath)
    {
        SearchPath = searchPath;
    }

    /// <summary>The directories searched for helper programs; <see langword="null"/> means the process's <c>PATH</c>.</summary>
    public string? SearchPath { get; }

    /// <inheritdoc />
    public CredentialHelperOutput Run(string helperName, string verb, string standardInput, TimeSpan timeout)
    {
        if (helperName is null)
        {
            throw new ArgumentNullException(nameof(helperName));
        }

        if (verb is null)
        {
            throw new ArgumentNullException(nameof(verb));
        }

        if (standardInput is null)
        {
            throw new ArgumentNullException(nameof(standardInput));
        }

        string programName = ProgramPrefix + helperName;
        string searchPath = SearchPath ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        string programPath = FindProgram(programName, searchPath)
            ?? throw new RegistryCredentialsException(
                "the program " + programName + " was not found on the search path '" + Shorten(searchPath) + "'.");

        using (Process process = Start(programPath, verb))
        {
            var clock = Stopwatch.StartNew();

            // Read both streams concurrently with writing stdin, or a chatty helper could block on a full pipe.
            var standardOutput = BoundedOutputReader.ReadAsync(process.StandardOutput, MaxOutputChars);
            var standardError = BoundedOutputReader.ReadAsync(process.StandardError, MaxOutputChars);
            WriteInput(process, standardInput);

            // Waits in short steps so a flood is stopped as soon as it passes the limit, not only at the timeout.
            while (!process.WaitForExit(Milliseconds(ExitPoll)))
            {
                if (Overflowed(standardOutput) || Overflowed(standardError))
                {
                    Stop(process);
                    throw new RegistryCredentialsException(
                        programName + " wrote more than " + MaxOutputChars + " characters of output; a credential answer is far smaller, so it was stopped.");
                }

                if (timeout != System.Threading.Timeout.InfiniteTimeSpan && clock.Elapsed > timeout)
                {
                    Stop(process);
                    throw new RegistryCredentialsException(
                        programName + " did not finish within " + Seconds(timeout) + " s and was stopped.");
                }
            }

            // The pipes close when the helper exits, unless a process it started still holds them open.
            // The reads may also lag the exit slightly, so allow a grace period even when the timeout is used up.
            TimeSpan drain = timeout == System.Threading.Timeout.InfiniteTimeSpan ? timeout : Max(timeout - clock.Elapsed, OutputDrainGrace);
            if (!Task.WaitAll(new Task[] { standardOutput, standardError }, Milliseconds(drain)))
            {
                throw new RegistryCredentialsException(
                    programName + " exited but its output did not end (a process it started may still hold it open).");
            }

            if (standardOutput.Result.Overflowed || standardError.Result.Overflowed)
            {
                throw new RegistryCredentialsException(
                    programName + " wrote more than " + MaxOutputChars + " characters of output; a credential answer is far smaller, so it was not used.");
            }

            return new CredentialHelperOutput(process.ExitCode, standardOutput.Result.Text, standardError.Result.Text);
        }
    }

    /// <summary>Finds <paramref name="programName"/> in the directories of <paramref name="searchPath"/>, first hit wins.</summary>
    internal static string? FindProgram(string programName, string searchPath)
    {
        string[] extensions = ExecutableExtensions();
        foreach (string directory in searchPath.Split(Path.PathSeparator))
        {
            string trimmed = directory.Trim().Trim('"');
            if (trimmed.Length == 0)
            {
                continue;
            }

            foreach (string extension in extensions)
            {
                string candidate = Path.Combine(trimmed, programName + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string[] ExecutableExtensions()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return new[] { string.Empty };
        }

        // Windows helpers are docker-credential-wincred.exe and friends; PATHEXT says which suffixes run.
        string pathExt = Environment.GetEnvironmentVariable("PATHEXT") ?? ".COM;.EXE;.BAT;.CMD";
        return pathExt.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries);
    }

    private static Process Start(string programPath, string verb)
    {
        var startInfo = new ProcessStartInfo(programPath, verb)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8NoBom,
            StandardErrorEncoding = Utf8NoBom,
        };

        try
        {
            return Process.Start(startInfo)
                ?? throw new RegistryCredentialsException("the program " + programPath + " could not be started.");
        }
        catch (Win32Exception ex)
        {
            throw new RegistryCredentialsException("the program " + programPath + " could not be started: " + ex.Message, ex);
        }
    }

    private static void WriteInput(Process process, string standardInput)
    {
        try
        {
            // Raw bytes: the writer's default encoding could prepend a BOM, which helpers would read as part of the URL.
            byte[] bytes = Utf8NoBom.GetBytes(standardInput);
            Stream stdin = process.StandardInput.BaseStream;
            stdin.Write(bytes, 0, bytes.Length);
            stdin.Flush();
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The helper exited without reading its input; its exit code and output tell what happened.
        }
    }

    private static void Stop(Process process)
    {
        try
        {
#if NET5_0_OR_GREATER
            process.Kill(entireProcessTree: true);
#else
            process.Kill();
#endif
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It exited between the timeout and the kill.
        }
        catch (Win32Exception)
        {
            // Nothing more can be done; the caller reports the timeout either way.
        }
    }

    private static bool Overflowed(Task<(string Text, bool Overflowed)> read) =>
        read.Status == TaskStatus.RanToCompletion && read.Result.Overflowed;

    private static int Milliseconds(TimeSpan timeout) =>
        timeout == System.Threading.Timeout.InfiniteTimeSpan
            ? System.Threading.Timeout.Infinite
            : (int)Math.Min(int.MaxValue, Math.Ceiling(timeout.TotalMilliseconds));

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Shorten(string text) =>
        text.Length <= MaxSearchPathInMessage ? text : text.Substring(0, MaxSearchPathInMessage) + "...";
}
