using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI006 in the engine: an image the parser refuses, with the parser's message and suggestion.</summary>
public class ECI006InvalidImageTests
{
    [Theory]
    [InlineData("Team/App", ImageReferenceError.UppercaseRepository)]
    [InlineData("nginx:", ImageReferenceError.InvalidTag)]
    [InlineData("http://192.168.1.10:5000/app", ImageReferenceError.SchemeNotAllowed)]
    public void InvalidImageCarriesTheParsersMessageAndSuggestion(string image, ImageReferenceError error)
    {
        var finding = Assert.Single(PullSettingsRules.Evaluate(Request(image)));

        Assert.Equal("ECI006", finding.RuleId);
        ImageReference.TryParse(image, out _, out var expected);
        Assert.Equal(error, expected!.Error);
        // The parser's sentence, as a rule message: no final period, arguments in single quotes like every rule's.
        Assert.EndsWith(".", expected.Message, StringComparison.Ordinal);
        Assert.Equal(expected.Message[..^1], finding.Message);
        Assert.DoesNotContain("\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(expected.Suggestion, finding.Replacement);
    }

    [Fact]
    public void HttpSchemeFixKeepsTheRegistryOnPlainHttp()
    {
        var settings = Request("http://192.168.1.10:5000/app");
        var finding = Assert.Single(PullSettingsRules.Evaluate(settings));
        Assert.Equal(FixAction.ReplaceImageAndAddToPlainHttpRegistry, finding.Fix);
        Assert.Equal("192.168.1.10:5000", finding.Address!.ToString());

        settings.PlainHttpRegistry = RegistryListInput.Known("192.168.1.10:5000");
        Assert.Equal(FixAction.ReplaceValue, Assert.Single(PullSettingsRules.Evaluate(settings)).Fix);

        settings.SupportsRegistryLists = false;
        Assert.Equal(FixAction.ReplaceValue, Assert.Single(PullSettingsRules.Evaluate(settings)).Fix);
    }
}
