namespace Eci.ImagePull.Rules;

/// <summary>
/// What an image's text alone decides: its reference, registry address and classification, or why it is invalid.
/// Immutable and independent of where the text was written, so one parse may serve every request naming that text.
/// </summary>
internal sealed class ImageTextParse
{
    private ImageTextParse(ImageReference? reference, ImageReferenceFormatException? error)
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

    public RegistryAddress? Address { get; }

    public RegistryClassification? Classification { get; }

    public static ImageTextParse Of(string? text)
    {
        ImageReference.TryParse(text, out var reference, out var error);
        return new ImageTextParse(reference, error);
    }
}
