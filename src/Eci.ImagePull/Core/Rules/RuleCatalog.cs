using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>
/// The single list of rule texts. Members are constants so the analyzer can build its descriptors from them at
/// compile time (release tracking reads constant descriptor arguments); the runtime check formats the same strings.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Where rule pages live; the analyzer appends <c>ECIxxx.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/eci-analyzers/eci-analyzers/blob/main/docs/rules/";

    /// <summary>The category every rule is reported under.</summary>
    public const string Category = "ECI.ImagePull";

    /// <summary>The category of rules about secrets in source.</summary>
    public const string SecurityCategory = "ECI.Security";

    /// <summary>ECI001: a registry entry or credential server that lacks (or adds) the image's port.</summary>
    public const string PortMismatchId = "ECI001";

    /// <summary>Title of ECI001.</summary>
    public const string PortMismatchTitle = "Registry entry does not carry the image's port";

    /// <summary>Message of ECI001: {0} where the entry is, {1} the entry, {2} the image's registry address, {3} the image.</summary>
    public const string PortMismatchMessage =
        "{0} entry '{1}' names the host of image '{3}' but not its address '{2}': ECI matches the registry address with its port, so the entry does not apply";

    /// <summary>Description of ECI001.</summary>
    public const string PortMismatchDescription =
        "ECI matches PlainHttpRegistry, InsecureRegistry and ImageRegistryCredential.Server against the image's registry address including the port. " +
        "An entry '192.168.1.10' does not apply to the image '192.168.1.10:5000/app'; write '192.168.1.10:5000'.";

    /// <summary>ECI002: a plain-HTTP registry that PlainHttpRegistry does not list.</summary>
    public const string PlainHttpId = "ECI002";

    /// <summary>Title of ECI002.</summary>
    public const string PlainHttpTitle = "Plain-HTTP registry is missing from PlainHttpRegistry";

    /// <summary>Message of ECI002: {0} registry, {1} image, {2} why it is known to speak HTTP, {3} an optional note.</summary>
    public const string PlainHttpMessage =
        "Registry '{0}' of image '{1}' speaks plain HTTP ({2}) but PlainHttpRegistry does not list it{3}: ECI pulls over HTTPS and the pull fails with ErrImagePull";

    /// <summary>Description of ECI002.</summary>
    public const string PlainHttpDescription =
        "ECI pulls every image over HTTPS unless its registry address is listed in PlainHttpRegistry. " +
        "A registry that only speaks HTTP then fails with ErrImagePull. InsecureRegistry does not help: it only skips certificate verification.";

    /// <summary>ECI003: a self-signed registry that InsecureRegistry does not list.</summary>
    public const string SelfSignedId = "ECI003";

    /// <summary>Title of ECI003.</summary>
    public const string SelfSignedTitle = "Registry with a self-signed certificate is missing from InsecureRegistry";

    /// <summary>Message of ECI003: {0} registry, {1} image, {2} why it is known to be self-signed, {3} a note (empty or starting with a space).</summary>
    public const string SelfSignedMessage =
        "Registry '{0}' of image '{1}' uses a self-signed certificate ({2}) but InsecureRegistry does not list it{3}: ECI verifies the certificate and the pull fails with ErrImagePull";

    /// <summary>Description of ECI003.</summary>
    public const string SelfSignedDescription =
        "ECI verifies registry certificates against public certificate authorities. A registry with a self-signed certificate " +
        "must be listed, with its port, in InsecureRegistry.";

    /// <summary>ECI004: a private image with no credentials and no ACR password-free access.</summary>
    public const string MissingCredentialId = "ECI004";

    /// <summary>Title of ECI004.</summary>
    public const string MissingCredentialTitle = "Private image has no registry credentials";

    /// <summary>Message of ECI004: {0} registry, {1} image.</summary>
    public const string MissingCredentialMessage =
        "Image '{1}' comes from the self-managed registry '{0}' but no ImageRegistryCredential has Server '{0}' and no AcrRegistryInfo covers it: the pull is unauthenticated and fails with ErrImagePull";

    /// <summary>Description of ECI004.</summary>
    public const string MissingCredentialDescription =
        "ECI pulls without credentials unless an ImageRegistryCredential names the image's exact registry address. Password-free pulls " +
        "only exist for Alibaba Container Registry (the ECI service role, or AcrRegistryInfo for Enterprise Edition custom domains). " +
        "Declare registries that allow anonymous pulls in eci.anonymous_registries.";

    /// <summary>ECI005: a malformed registry address in a list or credential server.</summary>
    public const string MalformedAddressId = "ECI005";

    /// <summary>Title of ECI005.</summary>
    public const string MalformedAddressTitle = "Malformed registry address";

    /// <summary>Message of ECI005: {0} where, {1} the entry, {2} what is wrong, {3} the normalized value to write.</summary>
    public const string MalformedAddressMessage =
        "{0} entry '{1}' is not a plain host[:port] address: {2}; ECI compares entries as written, so write {3}";

    /// <summary>Description of ECI005.</summary>
    public const string MalformedAddressDescription =
        "PlainHttpRegistry and InsecureRegistry are comma-separated host[:port] lists and ImageRegistryCredential.Server is one host[:port]. " +
        "A scheme, a path, whitespace, an empty or duplicate entry, or an invalid host or port makes the entry match nothing or confuses readers.";

    /// <summary>ECI006: an image reference ECI cannot parse.</summary>
    public const string InvalidImageId = "ECI006";

    /// <summary>Title of ECI006.</summary>
    public const string InvalidImageTitle = "Invalid image reference";

    /// <summary>Message of ECI006: {0} the parser's explanation.</summary>
    public const string InvalidImageMessage = "{0}";

    /// <summary>Description of ECI006.</summary>
    public const string InvalidImageDescription =
        "ECI parses images with Docker's reference grammar: lower-case repository path, tags of at most 128 characters, sha256/sha384/sha512 digests, no scheme. " +
        "An image it cannot parse never starts.";

    /// <summary>ECI007: a registry password that is a compile-time constant.</summary>
    public const string HardCodedPasswordId = "ECI007";

    /// <summary>Title of ECI007.</summary>
    public const string HardCodedPasswordTitle = "Registry password is written in source";

    /// <summary>Message of ECI007: {0} the registry.</summary>
    public const string HardCodedPasswordMessage =
        "The password for registry '{0}' is a constant in source: it is compiled into the assembly and kept in version control; read it at run time";

    /// <summary>Description of ECI007.</summary>
    public const string HardCodedPasswordDescription =
        "A constant password ends up in the assembly's metadata and in the repository's history. Read it when the app runs, e.g. with " +
        "Eci.ImagePull.RegistryCredentials.PasswordFor(server), which looks at environment variables, the Docker config and credential helpers.";

    /// <summary>ECI008: an image on the developer's own machine.</summary>
    public const string LoopbackRegistryId = "ECI008";

    /// <summary>Title of ECI008.</summary>
    public const string LoopbackRegistryTitle = "Image registry is a loopback address";

    /// <summary>Message of ECI008: {0} registry, {1} image.</summary>
    public const string LoopbackRegistryMessage =
        "Image '{1}' is pulled from '{0}', a loopback address: an ECI instance reaches its own loopback interface, never the machine that built the request";

    /// <summary>Description of ECI008.</summary>
    public const string LoopbackRegistryDescription =
        "localhost, 127.0.0.0/8 and ::1 name the instance itself. A registry running on a developer machine or CI agent cannot be reached from ECI; push the image to a reachable registry.";

    /// <summary>ECI009: an ACR VPC endpoint in another region than the request.</summary>
    public const string VpcRegionId = "ECI009";

    /// <summary>Title of ECI009.</summary>
    public const string VpcRegionTitle = "ACR VPC endpoint in another region";

    /// <summary>Message of ECI009: {0} registry, {1} image, {2} the registry's region, {3} the request's region.</summary>
    public const string VpcRegionMessage =
        "Image '{1}' uses the VPC endpoint '{0}' of region {2} but the request runs in {3}: VPC endpoints are only reachable from their own region";

    /// <summary>Description of ECI009.</summary>
    public const string VpcRegionDescription =
        "Alibaba Container Registry VPC endpoints (registry-vpc.<region>..., ...-registry-vpc.<region>.cr.aliyuncs.com, crpi-...-vpc.<region>...) resolve " +
        "and route only inside VPCs of that region. Use the endpoint of the request's region (with replication) or the public endpoint.";

    /// <summary>ECI010: an entry that does nothing.</summary>
    public const string DeadEntryId = "ECI010";

    /// <summary>Title of ECI010.</summary>
    public const string DeadEntryTitle = "Registry list entry has no effect";

    /// <summary>Message of ECI010: {0} list, {1} entry, {2} why it does nothing.</summary>
    public const string DeadEntryMessage = "{0} entry '{1}' has no effect: {2}";

    /// <summary>Description of ECI010.</summary>
    public const string DeadEntryDescription =
        "An entry that no image of the request uses, or an address in both lists (plain HTTP wins, so the InsecureRegistry entry does nothing), makes the list harder to trust.";

    /// <summary>ECI011: an Internet image with no public address for the instance.</summary>
    public const string InternetEgressId = "ECI011";

    /// <summary>Title of ECI011.</summary>
    public const string InternetEgressTitle = "Image from the Internet without an elastic IP";

    /// <summary>Message of ECI011: {0} registry, {1} image.</summary>
    public const string InternetEgressMessage =
        "Image '{1}' is pulled from '{0}' over the Internet but the request sets neither EipInstanceId nor AutoCreateEip = true: unless the VPC has a NAT gateway the pull cannot leave the VPC";

    /// <summary>Description of ECI011.</summary>
    public const string InternetEgressDescription =
        "ECI instances in a VPC reach the Internet only through an elastic IP or a NAT gateway. Without either, pulls from Docker Hub, public ACR endpoints or other Internet registries time out.";

    /// <summary>ECI012: a request sent with images, registry lists or credential servers only known at run time.</summary>
    public const string PreflightId = "ECI012";

    /// <summary>Title of ECI012.</summary>
    public const string PreflightTitle = "Request sent with pull settings only known at run time";

    /// <summary>Message of ECI012: {0} what is only known at run time ("images and credential servers").</summary>
    public const string PreflightMessage =
        "This request's {0} are only known at run time: check it with PullPreflight before it is sent, so a pull that cannot work fails here instead of as ErrImagePull after the instance is paid for";

    /// <summary>Description of ECI012.</summary>
    public const string PreflightDescription =
        "The analyzers judge what the compiler can see. Images, registry lists and credential servers read from configuration, the environment or the user are checked only when the app runs; PullPreflight.ThrowIfInvalid (offline) or EnsurePullableAsync (against the registry) runs the same rules on the request's actual values before it is sent.";

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } = new[]
    {
        new RuleInfo(PortMismatchId, PortMismatchTitle, PortMismatchMessage, PortMismatchDescription, RuleSeverity.Warning),
        new RuleInfo(PlainHttpId, PlainHttpTitle, PlainHttpMessage, PlainHttpDescription, RuleSeverity.Warning),
        new RuleInfo(SelfSignedId, SelfSignedTitle, SelfSignedMessage, SelfSignedDescription, RuleSeverity.Warning),
        new RuleInfo(MissingCredentialId, MissingCredentialTitle, MissingCredentialMessage, MissingCredentialDescription, RuleSeverity.Warning),
        new RuleInfo(MalformedAddressId, MalformedAddressTitle, MalformedAddressMessage, MalformedAddressDescription, RuleSeverity.Warning),
        new RuleInfo(InvalidImageId, InvalidImageTitle, InvalidImageMessage, InvalidImageDescription, RuleSeverity.Error),
        new RuleInfo(HardCodedPasswordId, HardCodedPasswordTitle, HardCodedPasswordMessage, HardCodedPasswordDescription, RuleSeverity.Warning, SecurityCategory),
        new RuleInfo(LoopbackRegistryId, LoopbackRegistryTitle, LoopbackRegistryMessage, LoopbackRegistryDescription, RuleSeverity.Warning),
        new RuleInfo(VpcRegionId, VpcRegionTitle, VpcRegionMessage, VpcRegionDescription, RuleSeverity.Warning),
        new RuleInfo(DeadEntryId, DeadEntryTitle, DeadEntryMessage, DeadEntryDescription, RuleSeverity.Info),
        new RuleInfo(InternetEgressId, InternetEgressTitle, InternetEgressMessage, InternetEgressDescription, RuleSeverity.Hidden),
        new RuleInfo(PreflightId, PreflightTitle, PreflightMessage, PreflightDescription, RuleSeverity.Hidden),
    };

    /// <summary>Finds a rule by id, or null.</summary>
    public static RuleInfo? Find(string id)
    {
        foreach (var rule in All)
        {
            if (rule.Id == id)
            {
                return rule;
            }
        }

        return null;
    }
}
