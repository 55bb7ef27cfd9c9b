namespace Eci.Analyzers.Reading;

/// <summary>What the constant start of an image says about its registry.</summary>
internal static class PartialImages
{
    /// <summary>
    /// An image that parses to the same registry as every image starting with <paramref name="prefix"/>, or null when
    /// the start does not decide the registry. The registry is the text before the first '/', when that holds a '.' or
    /// a ':' or is "localhost"; otherwise it is Docker Hub. Without a '/' in the constant part the registry is not
    /// decided: `"nginx:" + tag` could go on as `"nginx:5000/app"`.
    /// </summary>
    public static string? RegistryProbe(string prefix)
    {
        var slash = prefix.IndexOf('/');
        return slash <= 0 ? null : prefix.Substring(0, slash + 1) + "x";
    }
}
