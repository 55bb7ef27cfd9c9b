using System;
using System.Collections.Immutable;
using Eci.ImagePull;
using Eci.ImagePull.Rules;

namespace Eci.Analyzers;

/// <summary>
/// The fixer's properties of a diagnostic, shared between diagnostics that carry the same ones. They are built from a
/// few small values (the request's kind and where its lists are written, the finding's fix, subject, address, entry
/// and replacement) that repeat across a project, and an <see cref="ImmutableDictionary{TKey,TValue}"/> costs a
/// dozen allocations to build, so each distinct combination is built once per compilation. Immutable, so sharing is
/// safe; bounded like <see cref="ParseCache"/>, so endless distinct entries cannot grow it without limit.
/// </summary>
internal sealed class DiagnosticPropertiesCache
{
    /// <summary>At most this many combinations are remembered.</summary>
    public const int MaxEntries = 4096;

    private static readonly Func<Key, ImmutableDictionary<string, string?>> BuildProperties = Build;
    private readonly BoundedCache<Key, ImmutableDictionary<string, string?>> _entries = new(MaxEntries);

    /// <summary>How many combinations are remembered.</summary>
    public int Count => _entries.Count;

    public ImmutableDictionary<string, string?> Get(in RequestFixParts request, PullFinding finding)
    {
        var key = new Key(request, finding.Fix, finding.Subject, finding.Address?.ToString(), finding.EntryText, finding.Replacement);
        return _entries.GetOrAdd(key, BuildProperties);
    }

    /// <summary>Only properties that have a value: the fixer reads a missing key as null.</summary>
    private static ImmutableDictionary<string, string?> Build(Key key)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        var request = key.Request;
        properties[FixProperties.RequestKind] = request.Kind.ToString();
        if (request.CredentialsAbsent)
        {
            properties[FixProperties.CredentialsAbsent] = "true";
        }

        AddIndex(properties, FixProperties.PlainHttpAt, request.PlainHttpAt);
        AddIndex(properties, FixProperties.InsecureAt, request.InsecureAt);
        AddIndex(properties, FixProperties.CredentialsAt, request.CredentialsAt);
        AddIndex(properties, FixProperties.AutoCreateEipAt, request.AutoCreateEipAt);
        properties[FixProperties.Action] = key.Fix.ToString();
        properties[FixProperties.Subject] = key.Subject.ToString();
        AddIfPresent(properties, FixProperties.Address, key.Address);
        AddIfPresent(properties, FixProperties.Entry, key.Entry);
        AddIfPresent(properties, FixProperties.Replacement, key.Replacement);
        return properties.ToImmutable();
    }

    private static void AddIndex(ImmutableDictionary<string, string?>.Builder properties, string key, int index)
    {
        if (index > 0)
        {
            properties[key] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static void AddIfPresent(ImmutableDictionary<string, string?>.Builder properties, string key, string? value)
    {
        if (value is not null)
        {
            properties[key] = value;
        }
    }

    private readonly struct Key : IEquatable<Key>
    {
        public Key(RequestFixParts request, FixAction fix, FindingSubject subject, string? address, string? entry, string? replacement)
        {
            Request = request;
            Fix = fix;
            Subject = subject;
            Address = address;
            Entry = entry;
            Replacement = replacement;
        }

        public RequestFixParts Request { get; }

        public FixAction Fix { get; }

        public FindingSubject Subject { get; }

        public string? Address { get; }

        public string? Entry { get; }

        public string? Replacement { get; }

        public bool Equals(Key other) =>
            Request.Equals(other.Request) && Fix == other.Fix && Subject == other.Subject
            && string.Equals(Address, other.Address, StringComparison.Ordinal)
            && string.Equals(Entry, other.Entry, StringComparison.Ordinal)
            && string.Equals(Replacement, other.Replacement, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = Request.GetHashCode();
                hash = (hash * 31) + (int)Fix;
                hash = (hash * 31) + (int)Subject;
                hash = (hash * 31) + (Address is null ? 0 : StringComparer.Ordinal.GetHashCode(Address));
                hash = (hash * 31) + (Entry is null ? 0 : StringComparer.Ordinal.GetHashCode(Entry));
                return (hash * 31) + (Replacement is null ? 0 : StringComparer.Ordinal.GetHashCode(Replacement));
            }
        }
    }
}

/// <summary>
/// What the fixer needs about a request, the same for each of its diagnostics: its kind, whether ImageRegistryCredential
/// was never written, and the index in AdditionalLocations of each value expression a fix edits (0: not written).
/// </summary>
internal readonly struct RequestFixParts : IEquatable<RequestFixParts>
{
    public RequestFixParts(Model.RequestKind kind, bool credentialsAbsent, int plainHttpAt, int insecureAt, int credentialsAt, int autoCreateEipAt)
    {
        Kind = kind;
        CredentialsAbsent = credentialsAbsent;
        PlainHttpAt = plainHttpAt;
        InsecureAt = insecureAt;
        CredentialsAt = credentialsAt;
        AutoCreateEipAt = autoCreateEipAt;
    }

    public Model.RequestKind Kind { get; }

    public bool CredentialsAbsent { get; }

    public int PlainHttpAt { get; }

    public int InsecureAt { get; }

    public int CredentialsAt { get; }

    public int AutoCreateEipAt { get; }

    public bool Equals(RequestFixParts other) =>
        Kind == other.Kind && CredentialsAbsent == other.CredentialsAbsent && PlainHttpAt == other.PlainHttpAt
        && InsecureAt == other.InsecureAt && CredentialsAt == other.CredentialsAt && AutoCreateEipAt == other.AutoCreateEipAt;

    public override bool Equals(object? obj) => obj is RequestFixParts other && Equals(other);

    // Each index is 0..4 and the kind one of three: the fields fit in a few bits each.
    public override int GetHashCode() =>
        (int)Kind | (CredentialsAbsent ? 1 << 4 : 0) | (PlainHttpAt << 5) | (InsecureAt << 8) | (CredentialsAt << 11) | (AutoCreateEipAt << 14);
}
