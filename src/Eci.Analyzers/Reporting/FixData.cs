using System;
using System.Collections.Immutable;
using System.Globalization;
using Eci.Analyzers.Reading;
using Eci.Analyzers.Sdk;
using Eci.ImagePull.Rules;

namespace Eci.Analyzers.Reporting;

/// <summary>
/// What a diagnostic tells the code fixes, and the one place that turns it into <c>Diagnostic.Properties</c> strings
/// and back. Diagnostics cross process boundaries (the IDE's analyzer host, <c>dotnet format</c>) as strings and spans
/// only, so the analyzer writes this with <see cref="ToProperties"/> and the fixers read it with <see cref="TryRead"/>;
/// no other code names a property key. The indices point into <c>Diagnostic.AdditionalLocations</c>, whose [0] is
/// always the request creation (or the literal a detached fix edits), so 0 means "not written".
/// </summary>
internal sealed class FixData : IEquatable<FixData>
{
    private const string ActionKey = "EciFix";
    private const string SubjectKey = "EciSubject";
    private const string AddressKey = "EciAddress";
    private const string EntryKey = "EciEntry";
    private const string ReplacementKey = "EciReplacement";
    private const string RequestKindKey = "EciRequestKind";
    private const string CredentialsAbsentKey = "EciCredentialsAbsent";
    private const string PlainHttpAtKey = "EciPlainHttpAt";
    private const string InsecureAtKey = "EciInsecureAt";
    private const string CredentialsAtKey = "EciCredentialsAt";
    private const string AutoCreateEipAtKey = "EciAutoCreateEipAt";
    private const string WrittenAtKey = "EciWrittenAt";
    private const string CorrectWrittenKey = "EciCorrectWritten";
    private const string LocalKey = "Local";
    private const string True = "true";

    public FixData(
        FixAction action,
        FindingSubject? subject = null,
        string? address = null,
        string? entry = null,
        string? replacement = null,
        RequestKind? requestKind = null,
        bool credentialsAbsent = false,
        int plainHttpAt = 0,
        int insecureAt = 0,
        int credentialsAt = 0,
        int autoCreateEipAt = 0,
        int writtenAt = 0,
        bool correctWritten = false,
        string? local = null)
    {
        Action = action;
        Subject = subject;
        Address = address;
        Entry = entry;
        Replacement = replacement;
        RequestKind = requestKind;
        CredentialsAbsent = credentialsAbsent;
        PlainHttpAt = plainHttpAt;
        InsecureAt = insecureAt;
        CredentialsAt = credentialsAt;
        AutoCreateEipAt = autoCreateEipAt;
        WrittenAt = writtenAt;
        CorrectWritten = correctWritten;
        Local = local;
    }

    /// <summary>The engine's fix; <see cref="FixAction.None"/> when the image fixer has nothing to do (and for ECI012).</summary>
    public FixAction Action { get; }

    /// <summary>The part of the request the finding is about; decides which list a list fix edits.</summary>
    public FindingSubject? Subject { get; }

    /// <summary>The registry address the fix writes.</summary>
    public string? Address { get; }

    /// <summary>The raw entry text to rewrite or remove (ECI001, ECI005, ECI010).</summary>
    public string? Entry { get; }

    /// <summary>The engine's whole new value of the reported expression (ECI005, ECI006, ECI009): written as is, never recomputed.</summary>
    public string? Replacement { get; }

    /// <summary>The request kind, which decides the credential element type the fix writes.</summary>
    public RequestKind? RequestKind { get; }

    /// <summary>ImageRegistryCredential was never written: a credential fix adds the whole list.</summary>
    public bool CredentialsAbsent { get; }

    /// <summary>Index of the PlainHttpRegistry value in the additional locations; 0 when not written.</summary>
    public int PlainHttpAt { get; }

    /// <summary>Index of the InsecureRegistry value; 0 when not written.</summary>
    public int InsecureAt { get; }

    /// <summary>Index of the ImageRegistryCredential list expression; 0 when not written.</summary>
    public int CredentialsAt { get; }

    /// <summary>Index of the AutoCreateEip value; 0 when not written.</summary>
    public int AutoCreateEipAt { get; }

    /// <summary>Index of the initializer of the member the value was read from (<c>Images.Api</c>'s); 0 when the value is written at the use.</summary>
    public int WrittenAt { get; }

    /// <summary>
    /// The replacement goes into that initializer's literal rather than the use: only ECI006's correction, which the
    /// string alone decides and so is right for every reader of the member (see <see cref="Analyzers.WrittenAt"/>).
    /// </summary>
    public bool CorrectWritten { get; }

    /// <summary>ECI012: the name of the request's local the preflight check is given.</summary>
    public string? Local { get; }

    /// <summary>The properties a diagnostic carries: only members that have a value (a missing key reads as absent).</summary>
    public ImmutableDictionary<string, string?> ToProperties()
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        properties[ActionKey] = Action.ToString();
        Add(properties, SubjectKey, Subject?.ToString());
        Add(properties, AddressKey, Address);
        Add(properties, EntryKey, Entry);
        Add(properties, ReplacementKey, Replacement);
        Add(properties, RequestKindKey, RequestKind?.ToString());
        Add(properties, CredentialsAbsentKey, CredentialsAbsent ? True : null);
        AddIndex(properties, PlainHttpAtKey, PlainHttpAt);
        AddIndex(properties, InsecureAtKey, InsecureAt);
        AddIndex(properties, CredentialsAtKey, CredentialsAt);
        AddIndex(properties, AutoCreateEipAtKey, AutoCreateEipAt);
        AddIndex(properties, WrittenAtKey, WrittenAt);
        Add(properties, CorrectWrittenKey, CorrectWritten ? True : null);
        Add(properties, LocalKey, Local);
        return properties.ToImmutable();
    }

    /// <summary>
    /// Reads what <see cref="ToProperties"/> wrote. False, and no fix offered, when the action is missing or any value
    /// is not one the analyzer writes (an unknown name, a number for an enum, an index that is not positive): a
    /// diagnostic from another version of the analyzer, or edited properties, is left alone rather than half-applied.
    /// </summary>
    public static bool TryRead(ImmutableDictionary<string, string?>? properties, out FixData data)
    {
        data = null!;
        if (properties is null
            || !TryEnum(properties, ActionKey, required: true, out FixAction? action)
            || !TryEnum(properties, SubjectKey, required: false, out FindingSubject? subject)
            || !TryEnum(properties, RequestKindKey, required: false, out RequestKind? requestKind)
            || !TryFlag(properties, CredentialsAbsentKey, out var credentialsAbsent)
            || !TryIndex(properties, PlainHttpAtKey, out var plainHttpAt)
            || !TryIndex(properties, InsecureAtKey, out var insecureAt)
            || !TryIndex(properties, CredentialsAtKey, out var credentialsAt)
            || !TryIndex(properties, AutoCreateEipAtKey, out var autoCreateEipAt)
            || !TryIndex(properties, WrittenAtKey, out var writtenAt)
            || !TryFlag(properties, CorrectWrittenKey, out var correctWritten))
        {
            return false;
        }

        data = new FixData(
            action!.Value,
            subject,
            Text(properties, AddressKey),
            Text(properties, EntryKey),
            Text(properties, ReplacementKey),
            requestKind,
            credentialsAbsent,
            plainHttpAt,
            insecureAt,
            credentialsAt,
            autoCreateEipAt,
            writtenAt,
            correctWritten,
            Text(properties, LocalKey));
        return true;
    }

    public bool Equals(FixData? other) =>
        other is not null
        && Action == other.Action
        && Subject == other.Subject
        && string.Equals(Address, other.Address, StringComparison.Ordinal)
        && string.Equals(Entry, other.Entry, StringComparison.Ordinal)
        && string.Equals(Replacement, other.Replacement, StringComparison.Ordinal)
        && RequestKind == other.RequestKind
        && CredentialsAbsent == other.CredentialsAbsent
        && PlainHttpAt == other.PlainHttpAt
        && InsecureAt == other.InsecureAt
        && CredentialsAt == other.CredentialsAt
        && AutoCreateEipAt == other.AutoCreateEipAt
        && WrittenAt == other.WrittenAt
        && CorrectWritten == other.CorrectWritten
        && string.Equals(Local, other.Local, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as FixData);

    public override int GetHashCode()
    {
        var hash = (int)Action;
        hash = (hash * 31) + (Subject is { } subject ? (int)subject + 1 : 0);
        hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Address ?? string.Empty);
        hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Replacement ?? string.Empty);
        return (hash * 31) + WrittenAt;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(";", ToProperties());

    private static void Add(ImmutableDictionary<string, string?>.Builder properties, string key, string? value)
    {
        if (value is not null)
        {
            properties[key] = value;
        }
    }

    private static void AddIndex(ImmutableDictionary<string, string?>.Builder properties, string key, int index)
    {
        if (index > 0)
        {
            properties[key] = index.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static string? Text(ImmutableDictionary<string, string?> properties, string key) =>
        properties.TryGetValue(key, out var value) ? value : null;

    /// <summary>A member's name exactly as <c>ToString</c> writes it: not a number, not a combination, not another case.</summary>
    private static bool TryEnum<T>(ImmutableDictionary<string, string?> properties, string key, bool required, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (Text(properties, key) is not { } text)
        {
            return !required;
        }

        foreach (T candidate in Enum.GetValues(typeof(T)))
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool TryFlag(ImmutableDictionary<string, string?> properties, string key, out bool value)
    {
        var text = Text(properties, key);
        value = text == True;
        return text is null || value;
    }

    private static bool TryIndex(ImmutableDictionary<string, string?> properties, string key, out int index)
    {
        index = 0;
        var text = Text(properties, key);
        return text is null
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index > 0);
    }
}
