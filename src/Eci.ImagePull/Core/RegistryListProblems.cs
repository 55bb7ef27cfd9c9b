using System;

namespace Eci.ImagePull;

/// <summary>
/// What is wrong with one entry of an ECI registry list (<c>PlainHttpRegistry</c> / <c>InsecureRegistry</c>).
/// ECI expects comma-separated bare <c>host[:port]</c> values and matches them exactly, so each of these
/// makes an entry fail to match the image it was meant for.
/// </summary>
[Flags]
public enum RegistryListProblems
{
    /// <summary>The entry is a valid <c>host[:port]</c> exactly as written.</summary>
    None = 0,

    /// <summary>The entry is empty or whitespace only (e.g. a doubled or trailing comma).</summary>
    Empty = 1,

    /// <summary>The entry has leading or trailing whitespace.</summary>
    SurroundingWhitespace = 2,

    /// <summary>The entry starts with a URL scheme such as <c>http://</c>.</summary>
    Scheme = 4,

    /// <summary>The entry has a path (anything from the first <c>/</c>), e.g. <c>harbor/library</c> or <c>harbor/</c>.</summary>
    Path = 8,

    /// <summary>The host contains <c>*</c>; ECI matches addresses exactly, not by pattern.</summary>
    Wildcard = 16,

    /// <summary>The host is not a valid domain name, IPv4 address or bracketed IPv6 address.</summary>
    InvalidHost = 32,

    /// <summary>The port is empty, not a decimal number, has a leading zero, or is outside 1-65535.</summary>
    InvalidPort = 64,

    /// <summary>The entry names the same address as an earlier entry (after normalization).</summary>
    Duplicate = 128,
}
