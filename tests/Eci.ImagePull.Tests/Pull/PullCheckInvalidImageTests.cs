using System.Threading.Tasks;
using Eci.ImagePull.Pull;

namespace Eci.ImagePull.Tests.Pull;

/// <summary>
/// Images the engine rejects never reach a registry: the check reports them with the parser's own message, from the
/// engine's parse, next to the engine's ECI006 finding for the same image.
/// </summary>
public sealed class PullCheckInvalidImageTests
{
    [Theory]
    [InlineData("127.0.0.1:1/Demo/App:latest")]
    [InlineData("nginx@sha256:abc")]
    [InlineData("http://127.0.0.1:1/app")]
    [InlineData("")]
    public async Task Invalid_image_is_reported_with_the_parsers_message_and_its_ECI006(string image)
    {
        var request = new PullCheckRequest();
        request.Images.Add(image);

        var report = await new PullCheck().CheckAsync(request);

        var result = Assert.Single(report.Results);
        ImageReference.TryParse(image, out _, out var expected);
        Assert.Equal(PullOutcome.InvalidReference, result.Outcome);
        Assert.Equal(expected!.Message, result.Message);
        Assert.Null(result.Reference);
        Assert.Null(result.Registry);
        Assert.Equal("ECI006", Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task Null_image_is_reported_like_an_empty_one()
    {
        var request = new PullCheckRequest();
        request.Images.Add(null!);

        var report = await new PullCheck().CheckAsync(request);

        var result = Assert.Single(report.Results);
        ImageReference.TryParse(string.Empty, out _, out var expected);
        Assert.Equal(PullOutcome.InvalidReference, result.Outcome);
        Assert.Equal(string.Empty, result.Image);
        Assert.Equal(expected!.Message, result.Message);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task Valid_image_on_an_unreachable_registry_is_judged_on_the_engines_parse()
    {
        var request = new PullCheckRequest();
        request.Images.Add("registry.corp.example:99999/team/app:1");

        var report = await new PullCheck().CheckAsync(request);

        var result = Assert.Single(report.Results);
        Assert.Equal(PullOutcome.InvalidReference, result.Outcome);
        Assert.Equal("registry.corp.example:99999/team/app:1", result.Reference!.ToString());
        Assert.Contains("'registry.corp.example:99999' is not a host[:port] address", result.Message, StringComparison.Ordinal);
    }
}
