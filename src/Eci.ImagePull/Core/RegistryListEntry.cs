namespace Eci.ImagePull;

/// <summary>One comma-separated entry of an ECI registry list, as written, with what is wrong with it.</summary>
public sealed class RegistryListEntry
{
    internal RegistryListEntry(
        string text,
        int start,
        RegistryListProblems problems,
        RegistryAddress? address,
        RegistryAddress? normalizedAddress,
        string? message)
    {
        Text = text;
        Start = start;
        Problems = problems;
        Address = address;
        NormalizedAddress = normalizedAddress;
        Message = message;
    }

    /// <summary>The raw text of the entry, whitespace included (never the separating commas).</summary>
    public string Text { get; }

    /// <summary>The offset of <see cref="Text"/> in the list value.</summary>
    public int Start { get; }

    /// <summary>The length of <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>Every problem found in the entry; <see cref="RegistryListProblems.None"/> when it is valid.</summary>
    public RegistryListProblems Problems { get; }

    /// <summary>
    /// The address ECI would match: set only when the entry is a valid <c>host[:port]</c> exactly as written
    /// (<see cref="Problems"/> is None or only <see cref="RegistryListProblems.Duplicate"/>).
    /// </summary>
    public RegistryAddress? Address { get; }

    /// <summary>
    /// The address after trimming whitespace and dropping a scheme and a path; null when the entry is empty,
    /// has a wildcard, or its host or port is invalid.
    /// </summary>
    public RegistryAddress? NormalizedAddress { get; }

    /// <summary>True when the entry has no problem at all.</summary>
    public bool IsValid => Problems == RegistryListProblems.None;

    /// <summary>A sentence naming the entry and its offset and explaining each problem; null when the entry is valid.</summary>
    public string? Message { get; }

    /// <summary>The raw text of the entry.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
