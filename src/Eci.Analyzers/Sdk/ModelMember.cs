using Eci.ImagePull;

namespace Eci.Analyzers.Sdk;

/// <summary>
/// The members of the SDK's request and element models that the rules read. The body index and the object views keep
/// writes in arrays indexed by these, so a member lookup is an array read, and writes to members the rules never read
/// (Name, Cpu, Memory...) cost nothing to record.
/// </summary>
internal enum ModelMember
{
    None = -1,
    Image,
    Container,
    InitContainer,
    EipInstanceId,
    AutoCreateEip,
    PlainHttpRegistry,
    InsecureRegistry,
    RegionId,
    ImageRegistryCredential,
    AcrRegistryInfo,
    Server,
    Password,
    Domain,
}

internal static class ModelMembers
{
    /// <summary>How many members there are (the length of the arrays indexed by <see cref="ModelMember"/>).</summary>
    public const int Count = (int)ModelMember.Domain + 1;

    /// <summary>The member a property name stands for, or <see cref="ModelMember.None"/> for one the rules do not read.</summary>
    public static ModelMember Of(string name) => name switch
    {
        "Image" => ModelMember.Image,
        "Container" => ModelMember.Container,
        "InitContainer" => ModelMember.InitContainer,
        "EipInstanceId" => ModelMember.EipInstanceId,
        "AutoCreateEip" => ModelMember.AutoCreateEip,
        "PlainHttpRegistry" => ModelMember.PlainHttpRegistry,
        "InsecureRegistry" => ModelMember.InsecureRegistry,
        "RegionId" => ModelMember.RegionId,
        "ImageRegistryCredential" => ModelMember.ImageRegistryCredential,
        "AcrRegistryInfo" => ModelMember.AcrRegistryInfo,
        "Server" => ModelMember.Server,
        "Password" => ModelMember.Password,
        "Domain" => ModelMember.Domain,
        _ => ModelMember.None,
    };
}
