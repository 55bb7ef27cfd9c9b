using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Reporting;

/// <summary>
/// One descriptor per rule, all made by <see cref="Create"/> so the id format, category and help link never drift.
/// Texts come from <see cref="RuleCatalog"/>, which the runtime pull check formats too. The analyzer's messages of the
/// request rules end with one more slot, the origin note: where a value read from a member is written
/// (" (from Images.Api in Constants.cs, line 4)"), empty otherwise; <see cref="Arguments"/> fills it.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor PortMismatch = Create(
        RuleCatalog.PortMismatchId, RuleCatalog.PortMismatchTitle, WithOriginSlot(RuleCatalog.PortMismatchMessage),
        DiagnosticSeverity.Warning, RuleCatalog.PortMismatchDescription);

    public static readonly DiagnosticDescriptor PlainHttp = Create(
        RuleCatalog.PlainHttpId, RuleCatalog.PlainHttpTitle, WithOriginSlot(RuleCatalog.PlainHttpMessage),
        DiagnosticSeverity.Warning, RuleCatalog.PlainHttpDescription);

    public static readonly DiagnosticDescriptor SelfSigned = Create(
        RuleCatalog.SelfSignedId, RuleCatalog.SelfSignedTitle, WithOriginSlot(RuleCatalog.SelfSignedMessage),
        DiagnosticSeverity.Warning, RuleCatalog.SelfSignedDescription);

    public static readonly DiagnosticDescriptor MissingCredential = Create(
        RuleCatalog.MissingCredentialId, RuleCatalog.MissingCredentialTitle, WithOriginSlot(RuleCatalog.MissingCredentialMessage),
        DiagnosticSeverity.Warning, RuleCatalog.MissingCredentialDescription);

    public static readonly DiagnosticDescriptor MalformedAddress = Create(
        RuleCatalog.MalformedAddressId, RuleCatalog.MalformedAddressTitle, WithOriginSlot(RuleCatalog.MalformedAddressMessage),
        DiagnosticSeverity.Warning, RuleCatalog.MalformedAddressDescription);

    public static readonly DiagnosticDescriptor InvalidImage = Create(
        RuleCatalog.InvalidImageId, RuleCatalog.InvalidImageTitle, WithOriginSlot(RuleCatalog.InvalidImageMessage),
        DiagnosticSeverity.Error, RuleCatalog.InvalidImageDescription);

    public static readonly DiagnosticDescriptor HardCodedPassword = Create(
        RuleCatalog.HardCodedPasswordId, RuleCatalog.HardCodedPasswordTitle, WithOriginSlot(RuleCatalog.HardCodedPasswordMessage),
        DiagnosticSeverity.Warning, RuleCatalog.HardCodedPasswordDescription, RuleCatalog.SecurityCategory);

    public static readonly DiagnosticDescriptor LoopbackRegistry = Create(
        RuleCatalog.LoopbackRegistryId, RuleCatalog.LoopbackRegistryTitle, WithOriginSlot(RuleCatalog.LoopbackRegistryMessage),
        DiagnosticSeverity.Warning, RuleCatalog.LoopbackRegistryDescription);

    public static readonly DiagnosticDescriptor VpcRegion = Create(
        RuleCatalog.VpcRegionId, RuleCatalog.VpcRegionTitle, WithOriginSlot(RuleCatalog.VpcRegionMessage),
        DiagnosticSeverity.Warning, RuleCatalog.VpcRegionDescription);

    public static readonly DiagnosticDescriptor DeadEntry = Create(
        RuleCatalog.DeadEntryId, RuleCatalog.DeadEntryTitle, WithOriginSlot(RuleCatalog.DeadEntryMessage),
        DiagnosticSeverity.Info, RuleCatalog.DeadEntryDescription);

    public static readonly DiagnosticDescriptor InternetEgress = Create(
        RuleCatalog.InternetEgressId, RuleCatalog.InternetEgressTitle, WithOriginSlot(RuleCatalog.InternetEgressMessage),
        DiagnosticSeverity.Hidden, RuleCatalog.InternetEgressDescription);

    public static readonly DiagnosticDescriptor Preflight = Create(
        RuleCatalog.PreflightId, RuleCatalog.PreflightTitle, RuleCatalog.PreflightMessage,
        DiagnosticSeverity.Hidden, RuleCatalog.PreflightDescription);

    public static DiagnosticDescriptor? ForRule(string ruleId) => ruleId switch
    {
        RuleCatalog.PortMismatchId => PortMismatch,
        RuleCatalog.PlainHttpId => PlainHttp,
        RuleCatalog.SelfSignedId => SelfSigned,
        RuleCatalog.MissingCredentialId => MissingCredential,
        RuleCatalog.MalformedAddressId => MalformedAddress,
        RuleCatalog.InvalidImageId => InvalidImage,
        RuleCatalog.HardCodedPasswordId => HardCodedPassword,
        RuleCatalog.LoopbackRegistryId => LoopbackRegistry,
        RuleCatalog.VpcRegionId => VpcRegion,
        RuleCatalog.DeadEntryId => DeadEntry,
        RuleCatalog.InternetEgressId => InternetEgress,
        RuleCatalog.PreflightId => Preflight,
        _ => null,
    };

    /// <summary>
    /// The message arguments of a finding, plus the origin note in the slot after them (rules other than ECI012).
    /// </summary>
    public static object[] Arguments(DiagnosticDescriptor descriptor, System.Collections.Generic.IReadOnlyList<string> findingArguments, string? originNote)
    {
        var slot = descriptor.Id == RuleCatalog.PreflightId ? -1 : SlotCount(RuleCatalog.Find(descriptor.Id)?.MessageFormat ?? string.Empty);
        var arguments = new object[System.Math.Max(findingArguments.Count, slot + 1)];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = i < findingArguments.Count ? findingArguments[i] : string.Empty;
        }

        if (slot >= 0)
        {
            arguments[slot] = originNote ?? string.Empty;
        }

        return arguments;
    }

    private static string WithOriginSlot(string catalogFormat) =>
        catalogFormat + "{" + SlotCount(catalogFormat).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";

    /// <summary>The number of arguments a catalog format takes (its highest placeholder plus one), which is the origin slot's index.</summary>
    private static int SlotCount(string format)
    {
        var count = 0;
        for (var i = 0; i < format.Length - 1; i++)
        {
            if (format[i] == '{' && char.IsDigit(format[i + 1]))
            {
                var end = format.IndexOf('}', i);
                if (end > i && int.TryParse(format.Substring(i + 1, end - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    count = System.Math.Max(count, index + 1);
                }
            }
        }

        return count;
    }

#pragma warning disable RS0030 // the one sanctioned place that constructs descriptors
    private static DiagnosticDescriptor Create(
        string id, string title, string messageFormat, DiagnosticSeverity severity, string description, string category = RuleCatalog.Category) =>
        new(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: RuleCatalog.HelpLinkBase + id + ".md");
#pragma warning restore RS0030
}
