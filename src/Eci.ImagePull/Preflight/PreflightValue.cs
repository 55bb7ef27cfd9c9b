namespace Eci.ImagePull.Preflight;

/// <summary>A string value of the request and where it was read.</summary>
internal sealed class PreflightValue
{
    public PreflightValue(string? text, string path)
    {
        Text = text;
        Path = path;
    }

    public string? Text { get; }

    /// <summary>The request path: <c>Container[2].Image</c>, or the parameter name for flattened input (<c>Container.3.Image</c>).</summary>
    public string Path { get; }
}
