using System;
using System.IO;

namespace Eci.ImagePull.Registry;

/// <summary>
/// Writing a downloaded blob to its destination failed (a full disk, a read-only place): the registry did nothing
/// wrong, so this is not a <see cref="RegistryException"/> and never reads as a broken connection.
/// </summary>
public sealed class BlobStorageException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be written, and why.</param>
    /// <param name="innerException">The file system's error.</param>
    public BlobStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
