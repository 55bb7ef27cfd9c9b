using System;

namespace Eci.ImagePull;

/// <summary>
/// Thrown (or, from <see cref="ImageReference.TryParse(string?, out ImageReference?, out ImageReferenceFormatException?)"/>,
/// returned) when a text is not a valid image reference. The message names the offending part and the rule it breaks.
/// </summary>
public sealed class ImageReferenceFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">The category of the problem.</param>
    /// <param name="message">A message that names the offending part of <paramref name="input"/>.</param>
    /// <param name="input">The text that failed to parse.</param>
    /// <param name="suggestion">A corrected, valid reference when the fix is unambiguous; otherwise <see langword="null"/>.</param>
    public ImageReferenceFormatException(ImageReferenceError error, string message, string? input, string? suggestion = null)
        : base(message)
    {
        Error = error;
        Input = input;
        Suggestion = suggestion;
    }

    /// <summary>The category of the problem.</summary>
    public ImageReferenceError Error { get; }

    /// <summary>The text that failed to parse (<see langword="null"/> when the caller passed <see langword="null"/>).</summary>
    public string? Input { get; }

    /// <summary>
    /// A corrected reference that parses, offered only when the fix cannot change what the user meant:
    /// the URL scheme stripped (<c>http://h:5000/app</c> → <c>h:5000/app</c>), the repository path lower-cased,
    /// surrounding white space trimmed, or a digest's algorithm name or hex digits lower-cased.
    /// Several of these may be combined. <see langword="null"/> when no such fix yields a valid reference.
    /// </summary>
    public string? Suggestion { get; }

    /// <summary>
    /// When <see cref="Error"/> is <see cref="ImageReferenceError.SchemeNotAllowed"/>: the scheme the input started with,
    /// lower-cased and without "://" (usually <c>"http"</c> or <c>"https"</c>, telling the caller which protocol the
    /// registry speaks). Otherwise <see langword="null"/>.
    /// </summary>
    public string? Scheme =>
        Error == ImageReferenceError.SchemeNotAllowed && Input != null
            ? ImageReferenceGrammar.ReadScheme(Input)
            : null;
}
