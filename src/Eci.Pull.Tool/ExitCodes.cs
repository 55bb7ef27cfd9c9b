namespace Eci.Pull.Tool;

/// <summary>Process exit codes (documented in --help).</summary>
internal static class ExitCodes
{
    /// <summary>Everything checked is pullable / reachable / pulled.</summary>
    public const int Success = 0;

    /// <summary>At least one image or registry failed (or, with --strict, a warning was found).</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments.</summary>
    public const int Usage = 2;

    /// <summary>Cancelled with Ctrl+C.</summary>
    public const int Cancelled = 130;
}
