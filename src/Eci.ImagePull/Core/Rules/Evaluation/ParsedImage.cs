namespace Eci.ImagePull.Rules;

/// <summary>
/// An image input after parsing, computed completely up front: either a reference with its registry address and
/// classification, or the reason it is invalid.
/// </summary>
internal sealed class ParsedImage
{
    public ParsedImage(ImageInput input)
    {
        Input = input;
        ImageReference.TryParse(input.Text, out var reference, out var error);
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

    /// <summary>The image as messages show it (with holes for a registry-only image).</summary>
    public string Text => Input.DisplayText ?? Input.Text ?? string.Empty;
}
