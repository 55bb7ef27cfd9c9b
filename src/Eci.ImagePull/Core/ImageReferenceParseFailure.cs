namespace Eci.ImagePull;

/// <summary>
/// What the parser found wrong, before any exception exists. The message is completed only once the
/// suggested fix has been checked, so that it never advises a correction that would fail in turn.
/// </summary>
internal sealed class ImageReferenceParseFailure
{
    /// <param name="error">The category.</param>
    /// <param name="problem">The message up to the point where advice goes, without a final period.</param>
    /// <param name="fix">A candidate correction of the whole input (not yet known to parse), or <see langword="null"/>.</param>
    /// <param name="endingWithoutFix">How the message ends when no valid suggestion exists.</param>
    internal ImageReferenceParseFailure(ImageReferenceError error, string problem, string? fix = null, string endingWithoutFix = ".")
    {
        Error = error;
        Problem = problem;
        Fix = fix;
        EndingWithoutFix = endingWithoutFix;
    }

    internal ImageReferenceError Error { get; }

    internal string Problem { get; }

    internal string? Fix { get; }

    internal string EndingWithoutFix { get; }

    /// <summary>The finished message, advising <paramref name="suggestion"/> when there is one.</summary>
    internal string ComposeMessage(string? suggestion) =>
        suggestion == null
            ? Problem + EndingWithoutFix
            : Problem + ": write " + MessageText.Quote(suggestion) + ".";
}
