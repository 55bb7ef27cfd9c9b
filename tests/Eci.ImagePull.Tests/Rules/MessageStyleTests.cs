using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>One message style for every rule: values in single quotes, one phrase without a final period.</summary>
public class MessageStyleTests
{
    [Fact]
    public void EveryRuleMessageFormatQuotesWithSingleQuotesAndHasNoFinalPeriod()
    {
        Assert.All(RuleCatalog.All, rule =>
        {
            Assert.DoesNotContain("\"", rule.MessageFormat, StringComparison.Ordinal);
            Assert.False(rule.MessageFormat.EndsWith('.'), rule.Id + " ends with a period");
        });
    }

    [Theory]
    [InlineData("Team/App:1")]
    [InlineData("nginx:")]
    [InlineData("nginx@sha256:abc")]
    [InlineData("nginx@md5:0123456789abcdef0123456789abcdef")]
    [InlineData("http://192.168.1.10:5000/app")]
    [InlineData(" nginx")]
    [InlineData("::1/a")]
    [InlineData("foo_bar.com/x")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("nginx:v1!")]
    public void InvalidImageAndMalformedEntryMessagesHaveTheSameStyle(string image)
    {
        var settings = new PullSettings();
        settings.Images.Add(new ImageInput(image, "image"));
        settings.PlainHttpRegistry = RegistryListInput.Known("http://harbor.lab.local:80/v2", "list");

        var findings = PullSettingsRules.Evaluate(settings);

        Assert.Contains(findings, f => f.RuleId == RuleCatalog.InvalidImageId);
        Assert.Contains(findings, f => f.RuleId == RuleCatalog.MalformedAddressId);
        Assert.All(findings, f =>
        {
            Assert.DoesNotContain("\"", f.Message, StringComparison.Ordinal);
            Assert.False(f.Message.EndsWith('.'), f.Message);
            Assert.Contains("'", f.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"a\b", @"'a\\b'")]
    [InlineData("caf\u00e9", @"'caf\u00E9'")]
    [InlineData("a\tb", @"'a\u0009b'")]
    public void QuoteWrapsInSingleQuotesAndShowsInvisibleCharacters(string text, string expected) =>
        Assert.Equal(expected, MessageText.Quote(text));

    [Fact]
    public void QuoteOfHugeInputStaysShortAndSaysHowLongTheInputWas()
    {
        var quoted = MessageText.Quote(new string('\u0001', 100_000));

        Assert.True(quoted.Length < 300, quoted);
        Assert.EndsWith("' (100000 characters, truncated)", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCatalogRuleFormatsItsMessage()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Matches("^ECI[0-9]{3}$", rule.Id);
            Assert.Equal("docs/rules/" + rule.Id + ".md", rule.HelpPath);
            var formatted = string.Format(rule.MessageFormat, "a", "b", "c", "d");
            Assert.DoesNotContain("{", formatted, StringComparison.Ordinal);
        }
    }
}
