namespace Eci.ImagePull.Rules;

/// <summary>
/// What a team knows about its registries beyond the request itself: which speak plain HTTP, which use a
/// self-signed certificate, which allow anonymous pulls. The analyzer reads it from <c>.editorconfig</c>
/// (<c>eci.plain_http_registries</c>, <c>eci.insecure_registries</c>, <c>eci.anonymous_registries</c>);
/// the runtime check can learn it by probing.
/// </summary>
public sealed class RegistryKnowledge
{
    /// <summary>Creates knowledge from three registry lists.</summary>
    public RegistryKnowledge(RegistryList plainHttp, RegistryList selfSigned, RegistryList anonymous)
        : this(plainHttp, selfSigned, anonymous, RegistryList.Empty)
    {
    }

    /// <summary>Creates the knowledge, with the hosting-service registries whose images this team keeps private.</summary>
    public RegistryKnowledge(RegistryList plainHttp, RegistryList selfSigned, RegistryList anonymous, RegistryList @private)
    {
        PlainHttp = plainHttp;
        SelfSigned = selfSigned;
        Anonymous = anonymous;
        Private = @private;
    }

    /// <summary>
    /// Registries of hosting services with public and private repositories (<c>ghcr.io</c>, <c>quay.io</c>...) whose
    /// images this team keeps private: they need a credential (ECI004). Unlisted, whether they need one is unknown.
    /// </summary>
    public RegistryList Private { get; }

    /// <summary>Nothing is known beyond the built-in facts (port 80 speaks HTTP).</summary>
    public static RegistryKnowledge None { get; } = new(RegistryList.Empty, RegistryList.Empty, RegistryList.Empty);

    /// <summary>Registries that speak plain HTTP.</summary>
    public RegistryList PlainHttp { get; }

    /// <summary>Registries whose certificate is self-signed.</summary>
    public RegistryList SelfSigned { get; }

    /// <summary>Registries that allow anonymous pulls.</summary>
    public RegistryList Anonymous { get; }

    /// <summary>Parses the three comma-separated settings; garbage entries are ignored, never thrown.</summary>
    public static RegistryKnowledge FromSettings(string? plainHttp, string? selfSigned, string? anonymous) =>
        new(RegistryList.Parse(plainHttp), RegistryList.Parse(selfSigned), RegistryList.Parse(anonymous));

    /// <summary>As <see cref="FromSettings(string?, string?, string?)"/>, with <c>eci.private_registries</c>.</summary>
    public static RegistryKnowledge FromSettings(string? plainHttp, string? selfSigned, string? anonymous, string? @private) =>
        new(RegistryList.Parse(plainHttp), RegistryList.Parse(selfSigned), RegistryList.Parse(anonymous), RegistryList.Parse(@private));

    /// <summary>True when an entry names exactly this address (the normalized form of a sloppy entry counts: this is configuration, not ECI input).</summary>
    internal static bool Lists(RegistryList list, RegistryAddress address) =>
        list.Contains(address) || list.FindNormalized(address) is not null;
}
