namespace Eci.Analyzers.Reporting;

/// <summary>Keys of the diagnostic properties that carry what the code fixes need; shared by analyzer and fixer.</summary>
internal static class FixProperties
{
    /// <summary>The <see cref="Eci.ImagePull.Rules.FixAction"/> name.</summary>
    public const string Action = "EciFix";

    /// <summary>The registry address to write.</summary>
    public const string Address = "EciAddress";

    /// <summary>The <see cref="Eci.ImagePull.Rules.FindingSubject"/> name.</summary>
    public const string Subject = "EciSubject";

    /// <summary>The raw entry text to replace (ECI001).</summary>
    public const string Entry = "EciEntry";

    /// <summary>The whole new value of the reported expression (ECI005, ECI006, ECI009).</summary>
    public const string Replacement = "EciReplacement";

    /// <summary>Index in AdditionalLocations of the AutoCreateEip value, when written.</summary>
    public const string AutoCreateEipAt = "EciAutoCreateEipAt";

    /// <summary>The request kind (decides the credential element type).</summary>
    public const string RequestKind = "EciRequestKind";

    /// <summary>"true" when ImageRegistryCredential was never written.</summary>
    public const string CredentialsAbsent = "EciCredentialsAbsent";

    /// <summary>Index in AdditionalLocations of the PlainHttpRegistry value; [0] is always the request creation.</summary>
    public const string PlainHttpAt = "EciPlainHttpAt";

    /// <summary>Index in AdditionalLocations of the InsecureRegistry value.</summary>
    public const string InsecureAt = "EciInsecureAt";

    /// <summary>Index in AdditionalLocations of the ImageRegistryCredential list expression.</summary>
    public const string CredentialsAt = "EciCredentialsAt";

    /// <summary>Index in AdditionalLocations of the initializer a value read from a member is written in (<c>Images.Api</c>'s).</summary>
    public const string WrittenAt = "EciWrittenAt";

    /// <summary>
    /// "true" when the replacement goes into that initializer's literal rather than the use: only ECI006's correction,
    /// which the string alone decides and so is right for every use of the member.
    /// </summary>
    public const string CorrectWritten = "EciCorrectWritten";
}
