using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.RuleFindings;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI011 in the engine: an Internet image on a request without an elastic IP.</summary>
public class ECI011InternetEgressTests
{
    [Theory]
    [InlineData("nginx", true)]
    [InlineData("registry.cn-hangzhou.aliyuncs.com/team/app", true)]
    [InlineData("registry.example.com/app", true)]
    [InlineData("8.8.8.8/app", true)]
    [InlineData("registry-vpc.cn-hangzhou.aliyuncs.com/team/app", false)]
    [InlineData("10.0.0.5:5000/app", false)]
    [InlineData("harbor.lab.local/app", false)]
    [InlineData("harbor:5000/app", false)]
    [InlineData("harbor/app", true)] // Docker Hub's harbor/app, not a host
    public void InternetImagesNeedAnElasticIp(string image, bool reported)
    {
        var settings = Request(image);
        settings.HasElasticIp = false;
        settings.SupportsAutoCreateEip = true;
        settings.HasUnknownCredentials = true;

        Assert.Equal(reported, Ids(settings).Contains("ECI011"));

        settings.HasElasticIp = null;
        Assert.DoesNotContain("ECI011", Ids(settings));
    }
}
