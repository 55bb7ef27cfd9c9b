namespace Eci.ImagePull.Rules;

/// <summary>
/// What parsing one image text yields, independent of where the text was written: the reference with its registry
/// address and classification, or the reason it is invalid. Computed completely up front.
/// </summary>
internal sealed class ImageParse
{
    private ImageParse(ImageReference? reference, ImageReferenceFormatException? error)
    {
        Reference = reference;
        Error = error;
        if (reference?.RegistryAddress is { } address)
        {
            Address = address;
            Classification = RegistryClassifier.Classify(address, reference.Repository);
        }
    }

    public ImageReference? Reference { get; }

    public ImageReferenceFormatException? Error { get; }

    /// <summary>The registry address; null for invalid images.</summary>
    public RegistryAddress? Address { get; }

    public RegistryClassification? Classification { get; }

    public static ImageParse Of(string text)
    {
        ImageReference.TryParse(text, out var reference, out var error);
        return new ImageParse(reference, error);
    }
}
