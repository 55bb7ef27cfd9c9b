using System;

namespace Eci.Pull.Tool;

/// <summary>A command-line mistake; the message is shown with a pointer to --help.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
