namespace Eci.Analyzers.Sdk;

/// <summary>The ECI request models whose image-pull settings are analyzed.</summary>
internal enum RequestKind
{
    CreateContainerGroup,
    CreateImageCache,
    UpdateContainerGroup,
    UpdateImageCache,
}
