namespace Eci.ImagePull.Rules;

/// <summary>One image of a request as the caller sees it.</summary>
public sealed class ImageInput
{
    /// <summary>Creates an image input.</summary>
    /// <param name="text">The image text, or null when the value is not visible (it is then skipped).</param>
    /// <param name="source">A token the caller chooses (a syntax location, a container name); returned on findings.</param>
    public ImageInput(string? text, object? source = null)
    {
        Text = text;
        Source = source;
    }

    /// <summary>The image text, or null when unknown.</summary>
    public string? Text { get; }

    /// <summary>The caller's token for this image.</summary>
    public object? Source { get; }
}
