using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Robustness;

/// <summary>The rules engine given registry lists, credential servers and declarations that are not addresses at all.</summary>
public class RuleEngineGarbageTests
{
    [Fact]
    public void GarbageListsNeverThrow()
    {
        var settings = Request("harbor.lab.local:80/app", "192.168.1.10:5000/x");
        settings.PlainHttpRegistry = RegistryListInput.Known(",,http://[::1/x, \u0000 ,*.corp,:::,a:99999");
        settings.InsecureRegistry = RegistryListInput.Known(new string(',', 10_000));
        settings.Credentials.Add(new CredentialInput("\u200b\uff1a"));
        settings.Knowledge = Knows("\n\t,", "[", "]");

        var findings = PullSettingsRules.Evaluate(settings);

        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.Message)));
    }
}
