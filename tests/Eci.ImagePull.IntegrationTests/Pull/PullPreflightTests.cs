using System.Threading;
using System.Threading.Tasks;
using AlibabaCloud.SDK.Eci20180808.Models;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.Pull;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Pull;

/// <summary>
/// PullPreflight.CheckAsync and EnsurePullableAsync on SDK requests against real registries. The test registries are on
/// 127.0.0.1, which ECI008 rightly calls unreachable from an ECI instance; so "passes" here means every image is
/// pullable and ECI008 is the only finding that blocks.
/// </summary>
public sealed class PullPreflightTests : IClassFixture<PlainHttpRegistryFixture>, IClassFixture<BasicAuthRegistryFixture>
{
    private const string WrongPassword = "not-the-password-9c1e";

    private readonly PlainHttpRegistryFixture _http;
    private readonly BasicAuthRegistryFixture _basic;

    public PullPreflightTests(PlainHttpRegistryFixture http, BasicAuthRegistryFixture basic)
    {
        _http = http;
        _basic = basic;
    }

    private static CreateContainerGroupRequest Request(string image, string? plainHttp = null, string? server = null, string? password = null) => new()
    {
        AutoCreateEip = true,
        Container = new() { new() { Name = "app", Image = image } },
        PlainHttpRegistry = plainHttp,
        ImageRegistryCredential = server is null ? null : new() { new() { Server = server, UserName = RegistryFixture.User, Password = password } },
    };

    private static void AssertPassesButForLoopback(PullCheckReport report)
    {
        Assert.True(report.AllPullable);
        var blocking = report.Findings.Where(f => f.Rule.DefaultSeverity >= Rules.RuleSeverity.Warning).ToList();
        Assert.All(blocking, f => Assert.Equal("ECI008", f.RuleId));
    }

    private static void AssertNoSecret(string? text)
    {
        Assert.DoesNotContain(RegistryFixture.Password, text ?? string.Empty);
        Assert.DoesNotContain(WrongPassword, text ?? string.Empty);
    }

    [Fact]
    public async Task Plain_http_registry_not_listed_is_PlainHttpRequired_and_the_exception_names_PlainHttpRegistry()
    {
        var request = Request($"{_http.Address}/demo/app:latest");

        var report = await PullPreflight.CheckAsync(request);
        var error = await Assert.ThrowsAsync<PullPreflightException>(() => PullPreflight.EnsurePullableAsync(request));

        Assert.Equal(PullOutcome.PlainHttpRequired, Assert.Single(report.Results).Outcome);
        Assert.Contains($"Container[0].Image '{_http.Address}/demo/app:latest': PlainHttpRequired:", error.Message);
        Assert.Contains($"Add '{_http.Address}' to PlainHttpRegistry", error.Message);
        Assert.Equal(PullOutcome.PlainHttpRequired, error.Report!.Results[0].Outcome);
    }

    [Fact]
    public async Task Plain_http_registry_listed_in_the_request_is_pulled_over_plain_HTTP()
    {
        var request = Request($"{_http.Address}/demo/app:latest", plainHttp: _http.Address);

        var report = await PullPreflight.CheckAsync(request);

        var result = Assert.Single(report.Results);
        Assert.Equal(PullOutcome.Pullable, result.Outcome);
        Assert.Equal(RegistryTransport.PlainHttp, result.Transport);
        Assert.Equal(_http.App.Manifest.Digest, result.Digest!.ToString());
        AssertPassesButForLoopback(report);
        // Each image's findings carry the request path, as the report's do.
        Assert.Equal("Container[0].Image", Assert.Single(result.Findings, f => f.RuleId == "ECI008").Source);
    }

    [Fact]
    public async Task EnsurePullableAsync_on_a_listed_loopback_registry_fails_only_for_ECI008()
    {
        var request = Request($"{_http.Address}/demo/app:latest", plainHttp: _http.Address);

        var error = await Assert.ThrowsAsync<PullPreflightException>(() => PullPreflight.EnsurePullableAsync(request));

        Assert.True(error.Report!.AllPullable);
        Assert.Contains("(1 problem)", error.Message);
        Assert.Contains("Container[0].Image: ECI008 (warning)", error.Message);
    }

    [Fact]
    public async Task Htpasswd_registry_with_the_requests_credential_is_pullable_with_that_credential()
    {
        var request = Request($"{_basic.Address}/demo/app:latest", plainHttp: _basic.Address, server: _basic.Address, password: RegistryFixture.Password);

        var report = await PullPreflight.CheckAsync(request);

        var result = Assert.Single(report.Results);
        Assert.Equal(PullOutcome.Pullable, result.Outcome);
        Assert.Equal($"ImageRegistryCredential for {_basic.Address}", result.CredentialSource);
        AssertPassesButForLoopback(report);
        AssertNoSecret(result.ToString());
    }

    [Fact]
    public async Task Htpasswd_registry_with_a_wrong_password_is_CredentialsRejected_and_no_password_is_shown()
    {
        var request = Request($"{_basic.Address}/demo/app:latest", plainHttp: _basic.Address, server: _basic.Address, password: WrongPassword);

        var error = await Assert.ThrowsAsync<PullPreflightException>(() => PullPreflight.EnsurePullableAsync(request));

        Assert.Equal(PullOutcome.CredentialsRejected, error.Report!.Results[0].Outcome);
        Assert.Contains("CredentialsRejected", error.Message);
        Assert.Contains("check the UserName and Password of the ImageRegistryCredential", error.Message);
        AssertNoSecret(error.ToString());
        AssertNoSecret(error.Report.Results[0].ToString());
    }

    [Fact]
    public async Task Htpasswd_registry_without_a_credential_is_AuthenticationRequired()
    {
        var request = Request($"{_basic.Address}/demo/app:latest", plainHttp: _basic.Address);

        var report = await PullPreflight.CheckAsync(request);

        Assert.Equal(PullOutcome.AuthenticationRequired, Assert.Single(report.Results).Outcome);
    }

    [Fact]
    public async Task Flattened_parameters_are_checked_like_the_request_and_results_keep_request_order()
    {
        var parameters = new Dictionary<string, string>
        {
            ["Container.2.Image"] = $"{_basic.Address}/demo/app:latest",
            ["Container.1.Image"] = $"{_http.Address}/demo/app:latest",
            ["InitContainer.1.Image"] = $"{_http.Address}/demo/missing:1",
            ["PlainHttpRegistry"] = $"{_http.Address},{_basic.Address}",
            ["ImageRegistryCredential.1.Server"] = _basic.Address,
            ["ImageRegistryCredential.1.UserName"] = RegistryFixture.User,
            ["ImageRegistryCredential.1.Password"] = RegistryFixture.Password,
            ["AutoCreateEip"] = "true",
        };

        var report = await PullPreflight.CheckAsync(parameters);

        Assert.Equal(new[] { PullOutcome.Pullable, PullOutcome.Pullable, PullOutcome.NotFound }, report.Results.Select(r => r.Outcome));
        Assert.Equal(new[] { "Container.1.Image", "Container.2.Image", "InitContainer.1.Image" },
            report.Results.Select(r => (string)Assert.Single(r.Findings, f => f.RuleId == "ECI008").Source!));
    }

    [Fact]
    public async Task Cancellation_reaches_the_check()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            PullPreflight.EnsurePullableAsync(Request($"{_http.Address}/demo/app:latest", plainHttp: _http.Address), cancelled.Token));
    }

    [Fact]
    public async Task A_request_with_no_images_passes_without_contacting_anything()
    {
        await PullPreflight.EnsurePullableAsync(new CreateContainerGroupRequest { AutoCreateEip = true });
        Assert.Empty((await PullPreflight.CheckAsync(new CreateImageCacheRequest())).Results);
    }
}
