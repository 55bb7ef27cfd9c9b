namespace Eci.ImagePull;

/// <summary>
/// Why an image reference was rejected. Docker itself reports most of these as "invalid reference format";
/// the finer categories tell a caller (or a code fix) which part of the reference is at fault.
/// </summary>
public enum ImageReferenceError
{
    /// <summary>The text is empty or only white space (or <see langword="null"/> in a <c>TryParse</c> call).</summary>
    Empty,

    /// <summary>
    /// The text does not follow the reference grammar: a bad registry host, a bad repository path component,
    /// a missing repository name, stray white space, and similar.
    /// </summary>
    InvalidFormat,

    /// <summary>
    /// The repository path contains upper-case letters and would be valid if they were lower case
    /// (Docker's "repository name must be lowercase").
    /// </summary>
    UppercaseRepository,

    /// <summary>The repository path (registry host excluded) is longer than <see cref="ImageReference.MaxRepositoryLength"/> characters.</summary>
    NameTooLong,

    /// <summary>The text after the ':' that ends the repository is not a valid tag.</summary>
    InvalidTag,

    /// <summary>The digest names an algorithm other than <c>sha256</c>, <c>sha384</c> or <c>sha512</c>.</summary>
    UnsupportedDigestAlgorithm,

    /// <summary>The digest's hexadecimal part has the wrong number of digits for its algorithm.</summary>
    InvalidDigestLength,

    /// <summary>The digest is not <c>algorithm:hex</c>, or its hexadecimal part holds non-hex or upper-case digits.</summary>
    InvalidDigestFormat,

    /// <summary>The text starts with a URL scheme such as <c>http://</c>; see <see cref="ImageReferenceFormatException.Scheme"/>.</summary>
    SchemeNotAllowed,

    /// <summary>The text is a bare 64-character hexadecimal image ID, which Docker refuses as a repository name.</summary>
    ImageIdNotAllowed,
}
