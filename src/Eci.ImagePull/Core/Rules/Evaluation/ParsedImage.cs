namespace Eci.ImagePull.Rules;

/// <summary>
/// An image input after parsing, computed completely up front: either a reference with its registry address and
/// classification, or the reason it is invalid.
/// </summary>
internal sealed class ParsedImage
{
    public ParsedImage(ImageInput input)
        : this(input, ImageTextParse.Of(input.Text))
    {
    }

    public ParsedImage(ImageInput input, ImageTextParse parse)
    {
        Input = input;
        Reference = parse.Reference;
        Error = parse.Error;
        Address = parse.Address;
        Classification = parse.Classification;
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
