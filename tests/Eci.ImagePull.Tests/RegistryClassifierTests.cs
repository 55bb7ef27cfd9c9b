using Eci.ImagePull;

namespace Eci.ImagePull.Tests;

public class RegistryClassifierTests
{
    private static RegistryClassification Classify(string registry, string? repository = null) =>
        RegistryClassifier.Classify(RegistryAddress.Parse(registry), repository);

    [Theory]
    [InlineData("docker.io")]
    [InlineData("index.docker.io")]
    [InlineData("registry-1.docker.io")]
    [InlineData("Docker.IO")]
    [InlineData("docker.io:443")]
    public void Docker_Hub_hosts(string registry)
    {
        RegistryClassification result = Classify(registry, "library/nginx");

        Assert.Equal(RegistryKind.DockerHub, result.Kind);
        Assert.False(result.IsAcr);
        Assert.Null(result.Region);
        Assert.Null(result.AcrInstanceName);
        Assert.False(result.IsVpcEndpoint);
    }

    [Theory]
    [InlineData("registry.cn-hangzhou.aliyuncs.com", "cn-hangzhou", false)]
    [InlineData("registry-vpc.cn-hangzhou.aliyuncs.com", "cn-hangzhou", true)]
    [InlineData("registry-vpc.cn-shanghai.aliyuncs.com", "cn-shanghai", true)]
    [InlineData("registry.ap-southeast-1.aliyuncs.com", "ap-southeast-1", false)]
    [InlineData("registry.us-west-1.aliyuncs.com", "us-west-1", false)]
    [InlineData("registry-vpc.cn-shanghai-finance-1.aliyuncs.com", "cn-shanghai-finance-1", true)]
    [InlineData("REGISTRY.CN-BEIJING.ALIYUNCS.COM", "cn-beijing", false)]
    public void Classic_personal_endpoints(string registry, string region, bool vpc)
    {
        RegistryClassification result = Classify(registry, "myns/app");

        Assert.Equal(RegistryKind.AcrPersonal, result.Kind);
        Assert.True(result.IsAcr);
        Assert.Equal(region, result.Region);
        Assert.Equal(vpc, result.IsVpcEndpoint);
        Assert.Null(result.AcrInstanceName);
    }

    [Theory]
    [InlineData("registry-vpc.cn-hangzhou.aliyuncs.com", "eci_open/nginx", "cn-hangzhou", true)]
    [InlineData("registry.cn-beijing.aliyuncs.com", "eci_open/busybox", "cn-beijing", false)]
    [InlineData("registry-vpc.ap-southeast-1.aliyuncs.com", "eci_open/a/b", "ap-southeast-1", true)]
    public void Eci_open_images_on_classic_endpoints_are_EciPublic(string registry, string repository, string region, bool vpc)
    {
        RegistryClassification result = Classify(registry, repository);

        Assert.Equal(RegistryKind.EciPublic, result.Kind);
        Assert.True(result.IsAcr);
        Assert.Equal(region, result.Region);
        Assert.Equal(vpc, result.IsVpcEndpoint);
        Assert.Null(result.AcrInstanceName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("eci_open")]
    [InlineData("eci_opener/nginx")]
    [InlineData("library/eci_open/nginx")]
    [InlineData("eci-open/nginx")]
    public void Other_repositories_on_classic_endpoints_stay_AcrPersonal(string? repository)
    {
        Assert.Equal(RegistryKind.AcrPersonal, Classify("registry-vpc.cn-hangzhou.aliyuncs.com", repository).Kind);
    }

    [Theory]
    [InlineData("test-registry.cn-hangzhou.cr.aliyuncs.com", RegistryKind.AcrEnterprise)]
    [InlineData("crpi-abc123.cn-hangzhou.personal.cr.aliyuncs.com", RegistryKind.AcrPersonal)]
    [InlineData("harbor.corp", RegistryKind.SelfManaged)]
    public void Eci_open_only_counts_on_the_classic_endpoints(string registry, RegistryKind expected)
    {
        Assert.Equal(expected, Classify(registry, "eci_open/nginx").Kind);
    }

    [Theory]
    [InlineData("crpi-k5ab0vd8ds3u.cn-hangzhou.personal.cr.aliyuncs.com", "cn-hangzhou", false, "crpi-k5ab0vd8ds3u")]
    [InlineData("crpi-k5ab0vd8ds3u-vpc.cn-hangzhou.personal.cr.aliyuncs.com", "cn-hangzhou", true, "crpi-k5ab0vd8ds3u")]
    [InlineData("crpi-x.ap-southeast-1.personal.cr.aliyuncs.com", "ap-southeast-1", false, "crpi-x")]
    [InlineData("crpi-abc-def-vpc.cn-shanghai-finance-1.personal.cr.aliyuncs.com", "cn-shanghai-finance-1", true, "crpi-abc-def")]
    public void Personal_instance_endpoints(string registry, string region, bool vpc, string instance)
    {
        RegistryClassification result = Classify(registry);

        Assert.Equal(RegistryKind.AcrPersonal, result.Kind);
        Assert.True(result.IsAcr);
        Assert.Equal(region, result.Region);
        Assert.Equal(vpc, result.IsVpcEndpoint);
        Assert.Equal(instance, result.AcrInstanceName);
    }

    [Theory]
    [InlineData("test-instance-registry.cn-hangzhou.cr.aliyuncs.com", "cn-hangzhou", false, "test-instance")]
    [InlineData("test-instance-registry-vpc.cn-hangzhou.cr.aliyuncs.com", "cn-hangzhou", true, "test-instance")]
    [InlineData("prod-registry.us-west-1.cr.aliyuncs.com", "us-west-1", false, "prod")]
    [InlineData("a-registry-vpc.ap-southeast-1.cr.aliyuncs.com", "ap-southeast-1", true, "a")]
    [InlineData("registry-registry.cn-beijing.cr.aliyuncs.com", "cn-beijing", false, "registry")]
    [InlineData("x1-registry-vpc.cn-shanghai-finance-1.cr.aliyuncs.com", "cn-shanghai-finance-1", true, "x1")]
    public void Enterprise_default_domains(string registry, string region, bool vpc, string instance)
    {
        RegistryClassification result = Classify(registry);

        Assert.Equal(RegistryKind.AcrEnterprise, result.Kind);
        Assert.True(result.IsAcr);
        Assert.Equal(region, result.Region);
        Assert.Equal(vpc, result.IsVpcEndpoint);
        Assert.Equal(instance, result.AcrInstanceName);
    }

    // Decision: classification is by host only. An ACR host with a port is still operated by ACR.
    [Theory]
    [InlineData("registry.cn-hangzhou.aliyuncs.com:443", RegistryKind.AcrPersonal)]
    [InlineData("registry-vpc.cn-hangzhou.aliyuncs.com:5000", RegistryKind.AcrPersonal)]
    [InlineData("crpi-abc.cn-hangzhou.personal.cr.aliyuncs.com:443", RegistryKind.AcrPersonal)]
    [InlineData("test-registry-vpc.cn-hangzhou.cr.aliyuncs.com:443", RegistryKind.AcrEnterprise)]
    public void A_port_does_not_change_the_kind(string registry, RegistryKind expected)
    {
        RegistryClassification result = Classify(registry);

        Assert.Equal(expected, result.Kind);
        Assert.Equal("cn-hangzhou", result.Region);
        Assert.NotNull(result.Registry.Port);
    }

    [Theory]
    [InlineData("registry.cn-hangzhou.aliyuncs.com.evil.com")]
    [InlineData("registry.cn-hangzhou.aliyuncs.com.cn")]
    [InlineData("evilregistry.cn-hangzhou.aliyuncs.com")]
    [InlineData("registry-evil.cn-hangzhou.aliyuncs.com")]
    [InlineData("registry-internal.cn-hangzhou.aliyuncs.com")]
    [InlineData("registry-vpc-vpc.cn-hangzhou.aliyuncs.com")]
    [InlineData("registry.hangzhou.aliyuncs.com")]
    [InlineData("registry.1cn-hangzhou.aliyuncs.com")]
    [InlineData("registry.cn-hangzhou.aliyuncs.co")]
    [InlineData("registry.cn-hangzhou.aliyun.com")]
    [InlineData("registry.cn-hangzhou.evil.aliyuncs.com")]
    [InlineData("x.registry.cn-hangzhou.aliyuncs.com")]
    [InlineData("cn-hangzhou.aliyuncs.com")]
    [InlineData("aliyuncs.com")]
    [InlineData("registry.cn-hangzhou.cr.aliyuncs.com")]
    [InlineData("registry-vpc.cn-hangzhou.cr.aliyuncs.com")]
    [InlineData("test-registry.cn-hangzhou.cr.aliyuncs.com.evil.com")]
    [InlineData("test-registry.hangzhou.cr.aliyuncs.com")]
    [InlineData("test-registry.personal.cr.aliyuncs.com")]
    [InlineData("test-registryx.cn-hangzhou.cr.aliyuncs.com")]
    [InlineData("test.cn-hangzhou.cr.aliyuncs.com")]
    [InlineData("test-registry.cn-hangzhou.personal.cr.aliyuncs.com")]
    [InlineData("crpi-abc.cn-hangzhou.cr.aliyuncs.com")]
    [InlineData("crpi-vpc.cn-hangzhou.personal.cr.aliyuncs.com")]
    [InlineData("crpi.cn-hangzhou.personal.cr.aliyuncs.com")]
    [InlineData("crpx-abc.cn-hangzhou.personal.cr.aliyuncs.com")]
    [InlineData("x.crpi-abc.cn-hangzhou.personal.cr.aliyuncs.com")]
    [InlineData("crpi-abc.cn-hangzhou.personal.cr.aliyuncs.com.evil.com")]
    [InlineData("crpi-abc.cn--hangzhou.personal.cr.aliyuncs.com")]
    [InlineData("docker.io.evil.com")]
    [InlineData("registry-2.docker.io")]
    [InlineData("hub.docker.com")]
    [InlineData("harbor.corp")]
    [InlineData("harbor.corp:5000")]
    [InlineData("192.168.1.10:5000")]
    [InlineData("8.8.8.8")]
    [InlineData("[fd00::1]:5000")]
    [InlineData("my.registry.example.com")]
    public void Everything_else_is_self_managed(string registry)
    {
        RegistryClassification result = Classify(registry, "eci_open/nginx");

        Assert.Equal(RegistryKind.SelfManaged, result.Kind);
        Assert.False(result.IsAcr);
        Assert.Null(result.Region);
        Assert.False(result.IsVpcEndpoint);
        Assert.Null(result.AcrInstanceName);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("127.1.2.3")]
    [InlineData("[::1]:5000")]
    public void Loopback_registries(string registry)
    {
        RegistryClassification result = Classify(registry);

        Assert.Equal(RegistryKind.Loopback, result.Kind);
        Assert.False(result.IsAcr);
        Assert.Null(result.Region);
    }

    [Fact]
    public void Classification_keeps_the_classified_address()
    {
        RegistryAddress address = RegistryAddress.Parse("harbor.corp:5000");

        Assert.Same(address, RegistryClassifier.Classify(address).Registry);
    }

    [Fact]
    public void Null_registry_throws()
    {
        Assert.Throws<ArgumentNullException>(() => RegistryClassifier.Classify(null!));
    }

    [Theory]
    [InlineData("test-instance-registry-vpc.cn-hangzhou.cr.aliyuncs.com", null, "AcrEnterprise cn-hangzhou vpc test-instance")]
    [InlineData("registry.cn-beijing.aliyuncs.com", "eci_open/nginx", "EciPublic cn-beijing")]
    [InlineData("harbor.corp", null, "SelfManaged")]
    public void ToString_summarises_the_classification(string registry, string? repository, string expected)
    {
        Assert.Equal(expected, Classify(registry, repository).ToString());
    }

    [Theory]
    [InlineData("cn-hangzhou", true)]
    [InlineData("ap-southeast-1", true)]
    [InlineData("us-west-1", true)]
    [InlineData("eu-central-1", true)]
    [InlineData("cn-shanghai-finance-1", true)]
    [InlineData("me-east-1", true)]
    [InlineData("cn", false)]
    [InlineData("hangzhou", false)]
    [InlineData("personal", false)]
    [InlineData("cn-", false)]
    [InlineData("-cn", false)]
    [InlineData("cn--hangzhou", false)]
    [InlineData("1cn-hangzhou", false)]
    [InlineData("CN-hangzhou", false)]
    [InlineData("cn_hangzhou", false)]
    [InlineData("", false)]
    public void Region_id_shape(string label, bool expected)
    {
        Assert.Equal(expected, AcrDomainPatterns.IsRegionId(label));
    }
}

/// <summary>Internet registries other than Docker Hub, by what they host.</summary>
public class PublicRegistryClassificationTests
{
    [Theory]
    [InlineData("mcr.microsoft.com", RegistryKind.PublicOnly)]
    [InlineData("MCR.Microsoft.com", RegistryKind.PublicOnly)]
    [InlineData("registry.k8s.io", RegistryKind.PublicOnly)]
    [InlineData("public.ecr.aws", RegistryKind.PublicOnly)]
    [InlineData("ghcr.io", RegistryKind.PublicAndPrivate)]
    [InlineData("quay.io", RegistryKind.PublicAndPrivate)]
    [InlineData("gcr.io", RegistryKind.PublicAndPrivate)]
    [InlineData("asia.gcr.io", RegistryKind.PublicAndPrivate)]
    [InlineData("evil.asia.gcr.io", RegistryKind.SelfManaged)]
    [InlineData("ghcr.io.corp.example", RegistryKind.SelfManaged)]
    [InlineData("notgcr.io", RegistryKind.SelfManaged)]
    [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com", RegistryKind.SelfManaged)]
    public void Kind(string host, RegistryKind expected)
    {
        Assert.True(RegistryAddress.TryParse(host, out var address));
        Assert.Equal(expected, RegistryClassifier.Classify(address!).Kind);
    }
}
