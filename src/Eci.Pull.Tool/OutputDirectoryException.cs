using System;

namespace Eci.Pull.Tool;

/// <summary>The <c>--output</c> directory cannot be used as it is; the message says why and nothing in it was changed.</summary>
internal sealed class OutputDirectoryException : Exception
{
    public OutputDirectoryException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
