using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers;

/// <summary>
/// One descriptor per rule, all made by <see cref="Create"/> so the id format, category and help link never drift.
/// Texts come from <see cref="RuleCatalog"/>, which the runtime pull check formats too.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor PortMismatch = Create(
        RuleCatalog.PortMismatchId, RuleCatalog.PortMismatchTitle, RuleCatalog.PortMismatchMessage,
        DiagnosticSeverity.Warning, RuleCatalog.PortMismatchDescription);

    public static readonly DiagnosticDescriptor PlainHttp = Create(
        RuleCatalog.PlainHttpId, RuleCatalog.PlainHttpTitle, RuleCatalog.PlainHttpMessage,
        DiagnosticSeverity.Warning, RuleCatalog.PlainHttpDescription);

    public static readonly DiagnosticDescriptor SelfSigned = Create(
        RuleCatalog.SelfSignedId, RuleCatalog.SelfSignedTitle, RuleCatalog.SelfSignedMessage,
        DiagnosticSeverity.Warning, RuleCatalog.SelfSignedDescription);

    public static readonly DiagnosticDescriptor MissingCredential = Create(
        RuleCatalog.MissingCredentialId, RuleCatalog.MissingCredentialTitle, RuleCatalog.MissingCredentialMessage,
        DiagnosticSeverity.Warning, RuleCatalog.MissingCredentialDescription);

    public static readonly DiagnosticDescriptor MalformedAddress = Create(
        RuleCatalog.MalformedAddressId, RuleCatalog.MalformedAddressTitle, RuleCatalog.MalformedAddressMessage,
        DiagnosticSeverity.Warning, RuleCatalog.MalformedAddressDescription);

    public static readonly DiagnosticDescriptor InvalidImage = Create(
        RuleCatalog.InvalidImageId, RuleCatalog.InvalidImageTitle, RuleCatalog.InvalidImageMessage,
        DiagnosticSeverity.Error, RuleCatalog.InvalidImageDescription);

    public static readonly DiagnosticDescriptor HardCodedPassword = Create(
        RuleCatalog.HardCodedPasswordId, RuleCatalog.HardCodedPasswordTitle, RuleCatalog.HardCodedPasswordMessage,
        DiagnosticSeverity.Warning, RuleCatalog.HardCodedPasswordDescription, RuleCatalog.SecurityCategory);

    public static readonly DiagnosticDescriptor LoopbackRegistry = Create(
        RuleCatalog.LoopbackRegistryId, RuleCatalog.LoopbackRegistryTitle, RuleCatalog.LoopbackRegistryMessage,
        DiagnosticSeverity.Warning, RuleCatalog.LoopbackRegistryDescription);

    public static readonly DiagnosticDescriptor VpcRegion = Create(
        RuleCatalog.VpcRegionId, RuleCatalog.VpcRegionTitle, RuleCatalog.VpcRegionMessage,
        DiagnosticSeverity.Warning, RuleCatalog.VpcRegionDescription);

    public static readonly DiagnosticDescriptor DeadEntry = Create(
        RuleCatalog.DeadEntryId, RuleCatalog.DeadEntryTitle, RuleCatalog.DeadEntryMessage,
        DiagnosticSeverity.Info, RuleCatalog.DeadEntryDescription);

    public static readonly DiagnosticDescriptor InternetEgress = Create(
        RuleCatalog.InternetEgressId, RuleCatalog.InternetEgressTitle, RuleCatalog.InternetEgressMessage,
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
