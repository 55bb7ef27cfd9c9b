using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.PullFailureFindings;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI004 in the engine: a private image with no credential and no AcrRegistryInfo covering it.</summary>
public class ECI004MissingCredentialTests
{
    [Fact]
    public void PrivateRegistryWithoutCredentials()
    {
        var finding = Assert.Single(Findings(Request("registry.corp.example/team/app:1")));
        Assert.Equal("ECI004", finding.RuleId);
        Assert.Equal(FixAction.AddCredential, finding.Fix);
        Assert.Equal("registry.corp.example", finding.Address!.ToString());
    }

    [Theory]
    [InlineData("nginx")]
    [InlineData("docker.io/bitnami/redis:7")]
    [InlineData("registry.cn-hangzhou.aliyuncs.com/team/app")]
    [InlineData("registry-vpc.cn-hangzhou.aliyuncs.com/eci_open/nginx:latest")]
    [InlineData("crpi-abc-vpc.cn-hangzhou.personal.cr.aliyuncs.com/team/app")]
    [InlineData("acme-registry.cn-beijing.cr.aliyuncs.com/team/app")]
    [InlineData("localhost:5000/app")]
    [InlineData("127.0.0.1:5000/app")]
    public void PublicAcrAndLoopbackRegistriesNeedNoCredential(string image) => Assert.Empty(Ids(Request(image)));

    [Fact]
    public void CredentialMustNameTheExactAddress()
    {
        var settings = Request("registry.corp.example/app");
        settings.Credentials.Add(new CredentialInput("other.corp.example"));

        Assert.Equal(new[] { "ECI004" }, Ids(settings));

        settings.Credentials.Add(new CredentialInput("REGISTRY.corp.example"));
        Assert.Empty(Ids(settings));
    }

    [Fact]
    public void CredentialsThatMayHoldMoreSilenceTheCredentialRule()
    {
        var settings = Request("registry.corp.example/app");
        settings.HasUnknownCredentials = true;

        Assert.Empty(Ids(settings));
    }

    [Fact]
    public void AcrRegistryInfoCoverage()
    {
        var named = Request("images.acme.example/app", "other.acme.example/app");
        named.AcrRegistryInfo.Add(new AcrRegistryInput(new[] { "images.acme.example" }));
        Assert.Equal(new[] { "other.acme.example/app" }, Findings(named).Select(f => f.ImageText).ToArray());

        var all = Request("images.acme.example/app", "other.acme.example/app");
        all.AcrRegistryInfo.Add(new AcrRegistryInput(Array.Empty<string>()));
        Assert.Empty(Ids(all));

        var unknownDomains = Request("images.acme.example/app");
        unknownDomains.AcrRegistryInfo.Add(new AcrRegistryInput(null));
        Assert.Empty(Ids(unknownDomains));

        var unknownList = Request("images.acme.example/app");
        unknownList.HasUnknownAcrRegistryInfo = true;
        Assert.Empty(Ids(unknownList));
    }

    [Fact]
    public void DeclaredAnonymousRegistryNeedsNoCredential()
    {
        var settings = Request("mirror.corp.example/library/nginx");
        settings.Knowledge = Knows(anonymous: "mirror.corp.example");

        Assert.Empty(Ids(settings));
    }
}
