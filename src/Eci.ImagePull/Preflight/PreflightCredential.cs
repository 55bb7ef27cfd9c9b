namespace Eci.ImagePull.Preflight;

/// <summary>One <c>ImageRegistryCredential</c> element.</summary>
internal sealed class PreflightCredential
{
    public string? Server { get; set; }

    public string? ServerPath { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? PasswordPath { get; set; }
}
