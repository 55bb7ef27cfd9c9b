using System.Collections.Generic;

namespace Eci.ImagePull;

/// <summary>
/// The outcome of reading one piece of text as a registry address: every problem found (not just the
/// first), the address as written when it is valid, and the address it would be once tidied up.
/// </summary>
internal sealed class RegistryAddressAnalysis
{
    internal RegistryAddressAnalysis(
        RegistryListProblems problems,
        RegistryAddress? address,
        RegistryAddress? normalizedAddress,
        IReadOnlyList<string> messages)
    {
        Problems = problems;
        Address = address;
        NormalizedAddress = normalizedAddress;
        Messages = messages;
    }

    /// <summary>Every problem found in the text (never <see cref="RegistryListProblems.Duplicate"/>: that needs a whole list).</summary>
    internal RegistryListProblems Problems { get; }

    /// <summary>The address when the text is a valid <c>host[:port]</c> exactly as written.</summary>
    internal RegistryAddress? Address { get; }

    /// <summary>The address after trimming, dropping a scheme and a path; null when the host or port is still invalid.</summary>
    internal RegistryAddress? NormalizedAddress { get; }

    /// <summary>One human-readable clause per problem, in the order the text was read.</summary>
    internal IReadOnlyList<string> Messages { get; }
}
