namespace Eci.Pull.Tool;

/// <summary>
/// The prose of --help, written for someone who has never used ECI's pull settings. System.CommandLine generates the
/// usage, argument, option and command lists; these texts are the descriptions above them and the details (verdicts,
/// examples, exit codes) printed below them.
/// </summary>
internal static class HelpText
{
    public const string Root = """
        eci-pull — check, probe and pull container images exactly the way Alibaba Cloud ECI pulls them.

        ECI pulls every image over HTTPS and verifies the registry's certificate, unless the request lists the
        registry's host:port in PlainHttpRegistry (then plain HTTP) or InsecureRegistry (then HTTPS without
        certificate verification). It never falls back from one to the other, and it only uses the credentials
        given as ImageRegistryCredential. eci-pull applies the same rules, so a check that passes here is a pull
        that works there (network reachability aside).
        """;

    public const string RootDetails = """
        Run 'eci-pull help COMMAND' (or 'eci-pull COMMAND --help') for details and examples of one command.
        Arguments can also come from a response file: eci-pull @args.rsp (one or more arguments a line).

        Exit codes: 0 success, 1 something is not pullable/reachable, 2 bad arguments, 130 cancelled.
        Only the registries named in the arguments (and their token services and redirect targets) are contacted.
        """;

    public const string Check = "Can ECI pull these images with these settings? Checks each image the way ECI would pull it, prints one verdict per image and says what to change.";

    public const string CheckDetails = """
        Verdicts:
          Pullable                digest (and platform) the image resolves to
          PlainHttpRequired       the registry speaks plain HTTP: add host:port to PlainHttpRegistry
          CertificateNotTrusted   self-signed/unknown CA: add host:port to InsecureRegistry
          HttpsRequired           listed in PlainHttpRegistry but the registry speaks HTTPS
          AuthenticationRequired  add an ImageRegistryCredential for host:port
          CredentialsRejected     the credential is wrong or may not pull the repository
          NotFound                the repository, tag or platform does not exist
          Unreachable             no connection (ECI needs a network path too: EIP/NAT or VPC)
          InvalidReference        the image text is not a valid reference
        To tell plain HTTP from a bad certificate, eci-pull may probe /v2/ the other way after a failure; it says
        so in the output. ECI itself never does that.

        Examples:
          eci-pull check 192.168.1.10:5000/team/app:1.4 --plain-http 192.168.1.10:5000
          echo "$REGISTRY_PASSWORD" | eci-pull check harbor.corp:8443/app:2 --insecure harbor.corp:8443 --user ci --password-stdin
        """;

    public const string Probe = "What does each registry speak: HTTPS, HTTPS with an untrusted certificate, or plain HTTP? Are anonymous pulls allowed?";

    public const string ProbeDetails = """
        An ADDRESS is host[:port], or an image such as host:port/repo:tag to also test anonymous pulls of that
        repository. --globalconfig prints the lines the Eci.Analyzers analyzer reads:
          eci.plain_http_registries = ...
          eci.insecure_registries = ...
          eci.anonymous_registries = ...
        so one probe teaches the analyzer about a team's registries.

        Example:
          eci-pull probe 192.168.1.10:5000 harbor.corp:8443 --globalconfig >> .globalconfig
        """;

    public const string Pull = "Pull one image into an OCI image layout directory (resumable, verified).";

    public const string PullDetails = """
        Downloads one image (the manifest for --platform when IMAGE is multi-platform) into DIR as an OCI image
        layout (oci-layout, index.json, blobs/sha256/...). Every blob is checked against its digest before it
        is kept. Interrupted pulls resume where they stopped when run again with the same DIR. For a blob,
        --timeout is the longest it may go without 16 KiB of progress.

        Example:
          eci-pull pull 192.168.1.10:5000/team/app:1.4 --plain-http 192.168.1.10:5000 --output ./app-oci
        """;

    public const string Preflight = "Check ECI request files (JSON, nested or flattened; - for standard input) before sending them.";

    public const string PreflightDetails = """
        Runs the Eci.Analyzers rules (the same ids and texts as in the IDE) on ECI requests written as JSON, the
        way PullPreflight does in an app, and with --pull also checks every image against its registry with
        the request's own PlainHttpRegistry, InsecureRegistry, ImageRegistryCredential and AcrRegistryInfo.
        A file is one JSON object, in either shape:
          nested      {"Container": [{"Image": "..."}], "PlainHttpRegistry": "...", "ImageRegistryCredential": [...]}
                      (what TeaModel.ToMap() serializes to)
          flattened   {"Container.1.Image": "...", "ImageRegistryCredential.1.Server": "...", "Image.1": "..."}
                      (the API parameters the aliyun CLI and the API reference use)
        An "Action" key (CreateContainerGroup, CreateImageCache, UpdateContainerGroup, UpdateImageCache) names
        the operation; without it, an "Image" list means an image cache and ContainerGroupId/ImageCacheId an update.
        Each finding names the path of its value: Container[2].Image, or the parameter name when flattened.
        A password in a file is used for --pull but never printed, and reported as ECI007: it is written down.

        Exit codes: 0 every file passed, 1 a file has an error finding (a warning, with --strict) or, with
        --pull, an image that cannot be pulled, 2 bad arguments or a file that is not a request.

        Examples:
          eci-pull preflight deploy/request.json --editorconfig .globalconfig
          terraform output -json eci_request | eci-pull preflight - --pull --json
        """;

    public const string Help = "Details and examples for one command.";
}
