using System;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Pull;

/// <summary>Settings of a <see cref="PullCheck"/>.</summary>
public sealed class PullCheckOptions
{
    /// <summary>The platform ECI runs the image on; linux/amd64 unless an ARM instance type is used.</summary>
    public ImagePlatform Platform { get; set; } = ImagePlatform.LinuxAmd64;

    /// <summary>Limit for each registry request; 20 s by default.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// When a pull fails in a way the other scheme or verification mode could explain, probe <c>/v2/</c> that
    /// other way to say which setting is missing (true by default). ECI never does this; the result says when
    /// it happened.
    /// </summary>
    public bool DiagnoseWithOtherTransports { get; set; } = true;

    /// <summary>
    /// How many images are checked at the same time (8 by default; values below 1 count as 1). They share one
    /// connection pool and one token cache, so concurrency costs the registry connections, not logins.
    /// </summary>
    public int MaxConcurrentImages { get; set; } = 8;
}
