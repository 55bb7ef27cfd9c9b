namespace Eci.ImagePull.Rules;

/// <summary>An image input after parsing: either a reference with its registry, or the reason it is invalid.</summary>
internal sealed class ParsedImage
{
    public ParsedImage(ImageInput input, ImageReference? reference, ImageReferenceFormatException? error)
    {
        Input = input;
        Reference = reference;
        Error = error;
        if (reference?.RegistryAddress is { } address)
        {
            Address = address;
            Classification = RegistryClassifier.Classify(address, reference.Repository);
        }
    }

    public ImageInput Input { get; }

    public ImageReference? Reference { get; }

    public ImageReferenceFormatException? Error { get; }

    /// <summary>The registry address; null for invalid images (they get no pull-settings rule).</summary>
    public RegistryAddress? Address { get; }

    public RegistryClassification? Classification { get; }

    public string Text => Input.Text ?? string.Empty;
}
