using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.RuleFindings;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI009 in the engine: an ACR VPC endpoint of another region than the request's.</summary>
public class ECI009VpcRegionTests
{
    [Fact]
    public void VpcEndpointInAnotherRegionOffersTheRequestsRegion()
    {
        var settings = Request("crpi-abc123-vpc.cn-hangzhou.personal.cr.aliyuncs.com/team/app:1", "registry-vpc.cn-shanghai.aliyuncs.com/x/y");
        settings.RegionId = "cn-shanghai";

        var finding = Assert.Single(PullSettingsRules.Evaluate(settings));
        Assert.Equal("ECI009", finding.RuleId);
        Assert.Equal("crpi-abc123-vpc.cn-shanghai.personal.cr.aliyuncs.com/team/app:1", finding.Replacement);
        Assert.Equal(new[] { "crpi-abc123-vpc.cn-hangzhou.personal.cr.aliyuncs.com", "crpi-abc123-vpc.cn-hangzhou.personal.cr.aliyuncs.com/team/app:1", "cn-hangzhou", "cn-shanghai" }, finding.MessageArguments);
    }

    [Fact]
    public void PublicAcrEndpointsAreNotRegionBound()
    {
        var settings = Request("registry.cn-hangzhou.aliyuncs.com/team/app");
        settings.RegionId = "cn-shanghai";

        Assert.Empty(Ids(settings));
    }
}
