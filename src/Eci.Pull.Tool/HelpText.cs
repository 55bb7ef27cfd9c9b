namespace Eci.Pull.Tool;

/// <summary>The --help texts, written for someone who has never used ECI's pull settings.</summary>
internal static class HelpText
{
    public const string Main = """
        eci-pull — check, probe and pull container images exactly the way Alibaba Cloud ECI pulls them.

        ECI pulls every image over HTTPS and verifies the registry's certificate, unless the request lists the
        registry's host:port in PlainHttpRegistry (then plain HTTP) or InsecureRegistry (then HTTPS without
        certificate verification). It never falls back from one to the other, and it only uses the credentials
        given as ImageRegistryCredential. eci-pull applies the same rules, so a check that passes here is a pull
        that works there (network reachability aside).

        Usage:
          eci-pull check IMAGE... [options]      Can ECI pull these images with these settings? Says what to change.
          eci-pull probe ADDRESS... [options]    What does each registry speak: HTTPS, HTTPS with an untrusted
                                                 certificate, or plain HTTP? Are anonymous pulls allowed?
          eci-pull pull IMAGE --output DIR       Pull one image into an OCI image layout directory (resumable, verified).
          eci-pull preflight FILE...             Check ECI request files (JSON, nested or flattened) before sending them.
          eci-pull help COMMAND                  Details and examples for one command.

        Exit codes: 0 success, 1 something is not pullable/reachable, 2 bad arguments, 130 cancelled.
        Only the registries named in the arguments (and their token services and redirect targets) are contacted.
        """;

    public const string Check = """
        eci-pull check IMAGE... [options]

        Checks each image the way ECI would pull it and prints one verdict per image:
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

        Options:
          --plain-http LIST       The request's PlainHttpRegistry value, e.g. "192.168.1.10:5000,harbor.lab"
          --insecure LIST         The request's InsecureRegistry value
          --user USER             User name of an ImageRegistryCredential (with --password-stdin)
          --password-stdin        Read that credential's password from the first line of standard input
          --server HOST[:PORT]    The credential's Server (default: the registry of the images, if they share one)
          --docker-config PATH    Docker config file or directory to look credentials up in (default:
                                  $DOCKER_CONFIG or ~/.docker; ECI_REGISTRY_* variables and helpers too).
                                  Credentials found there are used, with a reminder that ECI needs them as
                                  ImageRegistryCredential.
          --platform OS/ARCH      Platform to pick from multi-platform images (default linux/amd64)
          --timeout SECONDS       Per-request timeout (default 20)
          --no-diagnose           Do not probe the other scheme to explain failures
          --strict                Warnings also make the exit code 1
          --json                  Machine-readable output

        Examples:
          eci-pull check 192.168.1.10:5000/team/app:1.4 --plain-http 192.168.1.10:5000
          echo "$REGISTRY_PASSWORD" | eci-pull check harbor.corp:8443/app:2 --insecure harbor.corp:8443 --user ci --password-stdin
        """;

    public const string Probe = """
        eci-pull probe ADDRESS... [--globalconfig] [--json] [--timeout SECONDS]

        For each registry (host[:port], or an image such as host:port/repo:tag to also test anonymous pulls of
        that repository) tells whether it speaks HTTPS with a trusted certificate, HTTPS with an untrusted
        certificate, or plain HTTP, and whether anonymous pulls work.

        Options:
          --globalconfig          Print .globalconfig lines for the Eci.Analyzers analyzer instead:
                                    eci.plain_http_registries = ...
                                    eci.insecure_registries = ...
                                    eci.anonymous_registries = ...
                                  so one probe teaches the analyzer about a team's registries.
          --timeout SECONDS       Per-request timeout (default 10)
          --json                  Machine-readable output

        Example:
          eci-pull probe 192.168.1.10:5000 harbor.corp:8443 --globalconfig >> .globalconfig
        """;

    public const string Pull = """
        eci-pull pull IMAGE --output DIR [options]

        Downloads one image (the manifest for --platform when IMAGE is multi-platform) into DIR as an OCI image
        layout (oci-layout, index.json, blobs/sha256/...). Every blob is checked against its digest before it
        is kept. Interrupted pulls resume where they stopped when run again with the same DIR.

        Options:
          --output DIR            Target directory (created if missing) — required
          --plain-http LIST, --insecure LIST, --user USER, --password-stdin, --server HOST[:PORT],
          --docker-config PATH, --platform OS/ARCH, --timeout SECONDS
                                  as for 'check': the request's PlainHttpRegistry / InsecureRegistry values,
                                  the credential, the platform and the per-request timeout (for a
                                  blob: the longest it may go without 16 KiB of progress)
          --json                  Print a JSON summary instead of text

        Example:
          eci-pull pull 192.168.1.10:5000/team/app:1.4 --plain-http 192.168.1.10:5000 --output ./app-oci
        """;

    public const string Preflight = """
        eci-pull preflight FILE... [options]      (FILE may be - for standard input)

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

        Options:
          --pull                  Also contact each image's registry exactly as ECI would (offline otherwise)
          --editorconfig FILE     Read eci.plain_http_registries, eci.insecure_registries and
                                  eci.anonymous_registries from an .editorconfig/.globalconfig, as the analyzers do
          --platform OS/ARCH      With --pull: platform to pick from multi-platform images (default linux/amd64)
          --timeout SECONDS       With --pull: per-request timeout (default 20)
          --no-diagnose           With --pull: do not probe the other scheme to explain failures
          --strict                Warnings also make the exit code 1
          --json                  Machine-readable output

        Exit codes: 0 every file passed, 1 a file has an error finding (a warning, with --strict) or, with
        --pull, an image that cannot be pulled, 2 bad arguments or a file that is not a request.

        Examples:
          eci-pull preflight deploy/request.json --editorconfig .globalconfig
          terraform output -json eci_request | eci-pull preflight - --pull --json
        """;
}
