using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.RuleFindings;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI008 in the engine: an image on a loopback registry.</summary>
public class ECI008LoopbackRegistryTests
{
    [Theory]
    [InlineData("localhost/app")]
    [InlineData("localhost:5000/app")]
    [InlineData("127.0.0.1:5000/app")]
    [InlineData("[::1]:5000/app")]
    public void LoopbackRegistryIsReportedAndNeedsNoCredential(string image) =>
        Assert.Equal(new[] { "ECI008" }, Ids(Request(image)));
}
