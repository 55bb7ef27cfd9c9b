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

    /// <summary>
    /// An image of which only the registry is known (the analyzer reads `$"{Registry}/app:{version}"` this way):
    /// <paramref name="registryProbe"/> is any image on that registry, <paramref name="display"/> the image as written.
    /// The registry rules apply to it; the rules about the whole reference do not.
    /// </summary>
    internal static ImageInput RegistryOnly(string registryProbe, string display, object? source) =>
        new(registryProbe, source) { DisplayText = display };

    /// <summary>For an image known only up to its registry, the image as written, with its unknown parts as holes.</summary>
    internal string? DisplayText { get; private set; }

    /// <summary>True when only the registry of the image is known.</summary>
    internal bool IsRegistryOnly => DisplayText is not null;

    /// <summary>The image text, or null when unknown.</summary>
    public string? Text { get; }

    /// <summary>The caller's token for this image.</summary>
    public object? Source { get; }
}
