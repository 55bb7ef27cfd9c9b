namespace Eci.ImagePull.Rules;

/// <summary>The part of the request a finding is about, and so where it is reported.</summary>
public enum FindingSubject
{
    /// <summary>An image.</summary>
    Image,

    /// <summary>The <c>PlainHttpRegistry</c> value.</summary>
    PlainHttpRegistry,

    /// <summary>The <c>InsecureRegistry</c> value.</summary>
    InsecureRegistry,

    /// <summary>A credential's <c>Server</c>.</summary>
    CredentialServer,

    /// <summary>A credential's <c>Password</c>.</summary>
    CredentialPassword,
}
