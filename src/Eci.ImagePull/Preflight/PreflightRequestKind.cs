namespace Eci.ImagePull.Preflight;

/// <summary>The four ECI operations whose requests pull images; each decides which pull settings exist.</summary>
internal enum PreflightRequestKind
{
    CreateContainerGroup,
    CreateImageCache,
    UpdateContainerGroup,
    UpdateImageCache,
}
