using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.RuleFindings;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI010 in the engine: a list entry with no effect, and entries other rules report are not also dead.</summary>
public class ECI010DeadEntryTests
{
    [Fact]
    public void DeadEntriesNeedEveryImage()
    {
        var settings = Request("harbor:80/app");
        settings.PlainHttpRegistry = RegistryListInput.Known("harbor:80,old.lab");
        settings.InsecureRegistry = RegistryListInput.Known("harbor:80");
        settings.Knowledge = RegistryKnowledge.FromSettings(null, null, "harbor:80");

        var findings = PullSettingsRules.Evaluate(settings);
        Assert.Equal(new[] { "ECI010", "ECI010" }, findings.Select(f => f.RuleId).ToArray());
        Assert.Equal(new[] { "old.lab", "harbor:80" }, findings.Select(f => f.EntryText).ToArray());
        Assert.Contains("plain HTTP", findings[1].Message, StringComparison.Ordinal);

        settings.HasUnknownImages = true;
        Assert.Equal(new[] { "ECI010" }, Ids(settings)); // the both-lists case needs no image at all
    }

    [Fact]
    public void EntriesReportedByOtherRulesAreNotDeadToo()
    {
        var settings = Request("192.168.1.10:5000/app");
        settings.PlainHttpRegistry = RegistryListInput.Known("192.168.1.10, x.lab");
        settings.Knowledge = RegistryKnowledge.FromSettings(null, null, "192.168.1.10:5000");

        // "192.168.1.10" is the wrong port (ECI001), " x.lab" is malformed (ECI005); neither is also called dead.
        Assert.Equal(new[] { "ECI001", "ECI005" }, Ids(settings).OrderBy(x => x).ToArray());
    }
}
