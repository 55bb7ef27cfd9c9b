using System.IO;

namespace Eci.Analyzers.Tests.Machinery;

/// <summary>
/// The shipped .globalconfig presets are well-formed and rank below user configuration. Their effect on a real build
/// (strict turns the sample's warnings into errors) is proven in <see cref="SampleTests"/>.
/// </summary>
public class PresetTests
{
    private static string Preset(string name) =>
        File.ReadAllText(Path.Combine(DescriptorTests.RepositoryRoot(), "src", "Eci.Analyzers", "build", "presets", "eci-" + name + ".globalconfig"));

    [Theory]
    [InlineData("strict")]
    [InlineData("relaxed")]
    public void PresetsAreGlobalAndBelowUserConfigs(string name)
    {
        var text = Preset(name);
        Assert.Contains("is_global = true", text, StringComparison.Ordinal);
        Assert.Contains("global_level = -1", text, StringComparison.Ordinal);
        foreach (var line in text.Split('\n').Where(l => l.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal)))
        {
            Assert.Matches(@"^dotnet_diagnostic\.ECI0(0[1-9]|1[0-2])\.severity = (error|warning|suggestion|silent|none)$", line.Trim());
        }
    }
}
