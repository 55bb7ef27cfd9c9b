using System.Collections.Generic;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Preflight;

/// <summary>
/// The pull settings of one real request, whatever shape it came in (SDK object, <c>ToMap()</c> dictionary, flattened
/// API parameters), each value with the request path it was read from.
/// </summary>
internal sealed class PreflightRequest
{
    public PreflightRequest(PreflightRequestKind kind)
    {
        Kind = kind;
    }

    public PreflightRequestKind Kind { get; }

    /// <summary>The images in request order (containers, then init containers; or the cache's list).</summary>
    public List<PreflightValue> Images { get; } = new();

    public PreflightValue? PlainHttpRegistry { get; set; }

    public PreflightValue? InsecureRegistry { get; set; }

    /// <summary>False when the request has no PlainHttpRegistry/InsecureRegistry (the Update operations, SDKs before 1.0.3).</summary>
    public bool SupportsRegistryLists { get; set; }

    public List<PreflightCredential> Credentials { get; } = new();

    public List<AcrRegistryInput> AcrRegistryInfo { get; } = new();

    public string? RegionId { get; set; }

    public string? EipInstanceId { get; set; }

    public bool? AutoCreateEip { get; set; }

    /// <summary>Every non-empty password, so messages can be scrubbed of them.</summary>
    public IEnumerable<string> Secrets
    {
        get
        {
            foreach (var credential in Credentials)
            {
                if (!string.IsNullOrEmpty(credential.Password))
                {
                    yield return credential.Password!;
                }
            }
        }
    }

    /// <summary>The request in the rules engine's terms: every value is known, each tagged with its request path.</summary>
    /// <param name="knowledge">What is known about registries beyond the request.</param>
    /// <param name="passwordsAreWritten">True when the input is a file or literal text, so a password in it is a leaked constant (ECI007).</param>
    public PullSettings ToPullSettings(RegistryKnowledge? knowledge, bool passwordsAreWritten)
    {
        var settings = new PullSettings
        {
            Knowledge = knowledge ?? RegistryKnowledge.None,
            SupportsRegistryLists = SupportsRegistryLists,
            SupportsAutoCreateEip = Kind == PreflightRequestKind.CreateContainerGroup,
            RegionId = RegionId,
            HasElasticIp = HasElasticIp(),
        };
        foreach (var image in Images)
        {
            settings.Images.Add(new ImageInput(image.Text, image.Path));
        }

        if (SupportsRegistryLists)
        {
            settings.PlainHttpRegistry = RegistryListInput.Known(PlainHttpRegistry?.Text, PlainHttpRegistry?.Path);
            settings.InsecureRegistry = RegistryListInput.Known(InsecureRegistry?.Text, InsecureRegistry?.Path);
        }

        foreach (var credential in Credentials)
        {
            var leaked = passwordsAreWritten && !string.IsNullOrEmpty(credential.Password) ? credential.PasswordPath : null;
            if (credential.Server is null && leaked is null)
            {
                continue; // matches no registry and leaks nothing: ECI ignores it
            }

            settings.Credentials.Add(new CredentialInput(credential.Server, credential.ServerPath) { ConstantPasswordSource = leaked });
        }

        settings.AcrRegistryInfo.AddRange(AcrRegistryInfo);
        return settings;
    }

    /// <summary>
    /// Whether the instance gets a public address. UpdateContainerGroup keeps the group's existing network, which the
    /// request does not show, so it stays unknown.
    /// </summary>
    private bool? HasElasticIp()
    {
        if (Kind == PreflightRequestKind.UpdateContainerGroup)
        {
            return null;
        }

        return !string.IsNullOrEmpty(EipInstanceId) || AutoCreateEip == true;
    }
}
