using System;
using System.Globalization;
using Eci.ImagePull.Registry;

namespace Eci.Pull.Tool;

/// <summary>The option values several commands read the same way, with one usage error each.</summary>
internal static class OptionValues
{
    /// <summary><c>--platform os/architecture[/variant]</c>.</summary>
    public static ImagePlatform Platform(string text) =>
        ImagePlatform.TryParse(text, out var parsed) ? parsed
            : throw new UsageException($"--platform '{text}' is not os/architecture[/variant], e.g. linux/arm64.");

    /// <summary><c>--timeout SECONDS</c>: more than 0, at most an hour.</summary>
    public static TimeSpan Timeout(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 3600
            ? TimeSpan.FromSeconds(seconds)
            : throw new UsageException($"--timeout '{text}' is not a number of seconds between 0 and 3600.");
}
