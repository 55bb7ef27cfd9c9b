using AlibabaCloud.SDK.Eci20180808.Models;
using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Preflight.PreflightAssert;

namespace Eci.ImagePull.Tests.Preflight;

/// <summary>PullPreflight.Evaluate on each of the four SDK request classes (the stand-in's, read by property name).</summary>
public class PullPreflightSdkRequestTests
{
    private static CreateContainerGroupRequest.CreateContainerGroupRequestContainer Container(string? image) => new() { Name = "c", Image = image };

    private static CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential Credential(string server) =>
        new() { Server = server, UserName = "ci", Password = "from-the-vault" };

    [Fact]
    public void Create_container_group_reports_each_run_time_rule_on_the_path_of_its_value()
    {
        var request = new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            Container = new()
            {
                Container("harbor.lab.local/lab/web:2.3"),                              // plain HTTP, not listed
                Container("registry.corp.example:8443/platform/api:5.1.0"),             // self-signed, not listed
                Container("images.platform.example/platform/api:5.2.0"),                // no credential
                Container("registry-vpc.cn-shanghai.aliyuncs.com/platform/reports:3"),  // another region's VPC endpoint
                Container("localhost:5000/dev/tools:latest"),                           // loopback
                Container("nginx:1.27"),                                                // Internet, no EIP
            },
            InitContainer = new() { new() { Name = "init", Image = "192.168.1.10:5000/lab/migrate:1" } },
            PlainHttpRegistry = "192.168.1.10,unused.example",
            InsecureRegistry = "https://registry.corp.example:8443",
            ImageRegistryCredential = new() { Credential("harbor.lab.local"), Credential("registry.corp.example:8443"), Credential("192.168.1.10:5000") },
        };
        var knowledge = Knows(plainHttp: "harbor.lab.local,192.168.1.10:5000", selfSigned: "registry.corp.example:8443");

        var findings = PullPreflight.Evaluate(request, knowledge);

        Findings(findings,
            ("ECI002", "Container[0].Image"),
            ("ECI005", "InsecureRegistry"),
            ("ECI004", "Container[2].Image"),
            ("ECI009", "Container[3].Image"),
            ("ECI008", "Container[4].Image"),
            ("ECI011", "Container[5].Image"),
            ("ECI001", "PlainHttpRegistry"),
            ("ECI010", "PlainHttpRegistry"));
        var plainHttp = findings.Single(f => f.RuleId == "ECI002");
        Assert.Equal(
            "Registry 'harbor.lab.local' of image 'harbor.lab.local/lab/web:2.3' speaks plain HTTP (declared in eci.plain_http_registries) but PlainHttpRegistry does not list it: ECI pulls over HTTPS and the pull fails with ErrImagePull",
            plainHttp.Message);
        Assert.Equal(FixAction.AddToPlainHttpRegistry, plainHttp.Fix);
    }

    [Fact]
    public void Credential_server_findings_carry_the_path_of_the_server()
    {
        var request = new CreateContainerGroupRequest
        {
            AutoCreateEip = true,
            Container = new() { Container("registry.corp.example/team/app:1") },
            ImageRegistryCredential = new() { Credential("registry.corp.example"), Credential("https://registry.corp.example") },
        };

        Findings(PullPreflight.Evaluate(request), ("ECI005", "ImageRegistryCredential[1].Server"));
    }

    [Fact]
    public void A_request_with_every_setting_right_has_no_findings_and_passes_ThrowIfInvalid()
    {
        var request = new CreateContainerGroupRequest
        {
            AutoCreateEip = true,
            Container = new() { Container("192.168.1.10:5000/team/app:1.4"), Container("registry.corp.example:8443/team/api:2") },
            PlainHttpRegistry = "192.168.1.10:5000",
            InsecureRegistry = "registry.corp.example:8443",
            ImageRegistryCredential = new() { Credential("192.168.1.10:5000"), Credential("registry.corp.example:8443") },
        };

        Assert.Empty(PullPreflight.Evaluate(request, Knows(plainHttp: "192.168.1.10:5000", selfSigned: "registry.corp.example:8443")));
        PullPreflight.ThrowIfInvalid(request);
    }

    [Fact]
    public void Auto_create_eip_or_an_eip_id_silences_the_internet_rule_and_their_absence_does_not()
    {
        CreateContainerGroupRequest Request(bool? autoCreate, string? eip) =>
            new() { Container = new() { Container("nginx:1.27") }, AutoCreateEip = autoCreate, EipInstanceId = eip };

        Findings(PullPreflight.Evaluate(Request(null, null)), ("ECI011", "Container[0].Image"));
        Findings(PullPreflight.Evaluate(Request(false, null)), ("ECI011", "Container[0].Image"));
        Assert.Empty(PullPreflight.Evaluate(Request(true, null)));
        Assert.Empty(PullPreflight.Evaluate(Request(null, "eip-uf66jeqopgqa9hdn")));
    }

    [Fact]
    public void Create_image_cache_reads_its_image_list()
    {
        var request = new CreateImageCacheRequest
        {
            ImageCacheName = "cache",
            EipInstanceId = "eip-1",
            Image = new() { "registry.corp.example/team/app:1", "harbor.lab.local/lab/web:2.3" },
            PlainHttpRegistry = "harbor.lab.local",
            ImageRegistryCredential = new() { new() { Server = "harbor.lab.local", UserName = "u", Password = "p" } },
        };

        Findings(PullPreflight.Evaluate(request, Knows(plainHttp: "harbor.lab.local")), ("ECI004", "Image[0]"));
    }

    [Fact]
    public void Acr_registry_info_covers_an_enterprise_edition_domain()
    {
        var request = new CreateImageCacheRequest
        {
            EipInstanceId = "eip-1",
            Image = new() { "acme.example/team/app:1" },
            AcrRegistryInfo = new() { new() { InstanceId = "cri-1", RegionId = "cn-beijing", Domain = new() { "acme.example" } } },
        };

        Assert.Empty(PullPreflight.Evaluate(request));
        request.AcrRegistryInfo[0].Domain = new() { "other.example" };
        Findings(PullPreflight.Evaluate(request), ("ECI004", "Image[0]"));
    }

    [Fact]
    public void Update_container_group_has_no_registry_lists_so_only_the_rules_that_do_not_ask_for_them_speak()
    {
        var request = new UpdateContainerGroupRequest
        {
            ContainerGroupId = "eci-1",
            Container = new() { new() { Image = "harbor.lab.local/lab/web:2.3" }, new() { Image = "nginx:1.27" } },
            InitContainer = new() { new() { Image = "images.platform.example/tools/init:1" }, new() { Image = "127.0.0.1:5000/dev/x:1" } },
        };

        // ECI002 would ask for PlainHttpRegistry, which UpdateContainerGroup cannot send; ECI011 depends on the group's
        // existing network, which the request does not show.
        Findings(PullPreflight.Evaluate(request, Knows(plainHttp: "harbor.lab.local", anonymous: "harbor.lab.local")),
            ("ECI004", "InitContainer[0].Image"),
            ("ECI008", "InitContainer[1].Image"));
    }

    [Fact]
    public void Update_image_cache_reads_its_image_list_and_has_no_registry_lists()
    {
        var request = new UpdateImageCacheRequest
        {
            ImageCacheId = "imc-1",
            Image = new() { "harbor.lab.local/lab/web:2.3", "registry.corp.example/Team/App:1", "nginx:1.27" },
        };

        Findings(PullPreflight.Evaluate(request, Knows(plainHttp: "harbor.lab.local", anonymous: "harbor.lab.local")),
            ("ECI006", "Image[1]"),
            ("ECI011", "Image[2]"));
    }

    [Fact]
    public void A_request_seen_only_as_object_is_read_the_same_as_through_its_own_type()
    {
        var request = new CreateContainerGroupRequest { Container = new() { Container("images.platform.example/platform/api:5.2.0") }, AutoCreateEip = true };
        object untyped = request;

        Assert.Equal(Pairs(PullPreflight.Evaluate(request)), Pairs(PullPreflight.Evaluate(untyped)));
        Assert.Equal(new[] { ("ECI004", (string?)"Container[0].Image") }, Pairs(PullPreflight.Evaluate(untyped)));
    }

    [Fact]
    public void A_subclass_of_an_sdk_request_is_read_as_that_request()
    {
        var request = new TeamRequest { Container = new() { Container("images.platform.example/platform/api:5.2.0") }, AutoCreateEip = true };

        Findings(PullPreflight.Evaluate(request), ("ECI004", "Container[0].Image"));
        Findings(PullPreflight.Evaluate((object)request), ("ECI004", "Container[0].Image"));
    }

    private sealed class TeamRequest : CreateContainerGroupRequest
    {
        public string Team { get; set; } = "platform";
    }
}
