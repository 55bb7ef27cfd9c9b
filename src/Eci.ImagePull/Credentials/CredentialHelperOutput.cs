using System;

namespace Eci.ImagePull;

/// <summary>What a credential helper run produced. The output may contain a secret: never log it as a whole.</summary>
public sealed class CredentialHelperOutput
{
    /// <summary>Creates the result of one helper run.</summary>
    /// <param name="exitCode">The process exit code; 0 means success.</param>
    /// <param name="standardOutput">Everything written to standard output.</param>
    /// <param name="standardError">Everything written to standard error.</param>
    public CredentialHelperOutput(int exitCode, string standardOutput, string standardError)
    {
        ExitCode = exitCode;
        StandardOutput = standardOutput ?? throw new ArgumentNullException(nameof(standardOutput));
        StandardError = standardError ?? throw new ArgumentNullException(nameof(standardError));
    }

    /// <summary>The process exit code; 0 means success.</summary>
    public int ExitCode { get; }

    /// <summary>Everything written to standard output: the JSON answer, or an error message (helpers report errors here).</summary>
    public string StandardOutput { get; }

    /// <summary>Everything written to standard error.</summary>
    public string StandardError { get; }
}
