using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Pull;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Pull;

/// <summary>Each pull-check outcome against real registries in every mode.</summary>
public sealed class PullCheckTests :
    IClassFixture<PlainHttpRegistryFixture>,
    IClassFixture<SelfSignedTlsRegistryFixture>,
    IClassFixture<BasicAuthRegistryFixture>,
    IClassFixture<TokenAuthRegistryFixture>
{
    private readonly PlainHttpRegistryFixture _http;
    private readonly SelfSignedTlsRegistryFixture _tls;
    private readonly BasicAuthRegistryFixture _basic;
    private readonly TokenAuthRegistryFixture _token;

    public PullCheckTests(PlainHttpRegistryFixture http, SelfSignedTlsRegistryFixture tls, BasicAuthRegistryFixture basic, TokenAuthRegistryFixture token)
    {
        _http = http;
        _tls = tls;
        _basic = basic;
        _token = token;
    }

    private static async Task<PullCheckResult> CheckAsync(string image, string? plainHttp = null, string? insecure = null, Action<PullCheckRequest>? configure = null, PullCheckOptions? options = null)
    {
        var request = new PullCheckRequest { PlainHttpRegistry = plainHttp, InsecureRegistry = insecure };
        request.Images.Add(image);
        configure?.Invoke(request);
        var report = await new PullCheck(options).CheckAsync(request);
        var result = Assert.Single(report.Results);
        AssertNoSecret(result);
        return result;
    }

    private static void AssertNoSecret(PullCheckResult result)
    {
        foreach (var text in new[] { result.Message, result.Diagnosis, result.ToString(), result.CredentialSource })
        {
            Assert.DoesNotContain(RegistryFixture.Password, text ?? string.Empty);
            Assert.DoesNotContain(TokenAuthRegistryFixture.IdentityToken, text ?? string.Empty);
        }
    }

    [Fact]
    public async Task Plain_http_registry_listed_in_PlainHttpRegistry_is_Pullable_with_its_digest()
    {
        var result = await CheckAsync($"{_http.Address}/demo/app:latest", plainHttp: _http.Address);
        Assert.Equal(PullOutcome.Pullable, result.Outcome);
        Assert.Equal(_http.App.Manifest.Digest, result.Digest!.ToString());
        Assert.Equal(RegistryTransport.PlainHttp, result.Transport);
        Assert.Null(result.Diagnosis);
    }

    [Fact]
    public async Task Plain_http_registry_not_listed_is_PlainHttpRequired_found_by_a_declared_diagnostic_probe()
    {
        var result = await CheckAsync($"{_http.Address}/demo/app:latest");
        Assert.Equal(PullOutcome.PlainHttpRequired, result.Outcome);
        Assert.Contains($"Add '{_http.Address}' to PlainHttpRegistry", result.Message);
        Assert.Contains("diagnostic", result.Diagnosis);
        Assert.Null(result.Digest);
    }

    [Fact]
    public async Task Plain_http_registry_only_in_InsecureRegistry_is_PlainHttpRequired_and_says_why()
    {
        var result = await CheckAsync($"{_http.Address}/demo/app:latest", insecure: _http.Address);
        Assert.Equal(PullOutcome.PlainHttpRequired, result.Outcome);
        Assert.Contains("InsecureRegistry only skips certificate verification", result.Message);
    }

    [Fact]
    public async Task Plain_http_registry_listed_without_its_port_is_not_matched()
    {
        var result = await CheckAsync($"{_http.Address}/demo/app:latest", plainHttp: "127.0.0.1");
        Assert.Equal(PullOutcome.PlainHttpRequired, result.Outcome);
    }

    [Fact]
    public async Task Diagnosis_can_be_turned_off()
    {
        var result = await CheckAsync($"{_http.Address}/demo/app:latest", options: new PullCheckOptions { DiagnoseWithOtherTransports = false });
        Assert.Equal(PullOutcome.Unreachable, result.Outcome);
        Assert.Null(result.Diagnosis);
    }

    [Fact]
    public async Task Self_signed_registry_is_CertificateNotTrusted()
    {
        var result = await CheckAsync($"{_tls.Address}/demo/app:latest");
        Assert.Equal(PullOutcome.CertificateNotTrusted, result.Outcome);
        Assert.Contains($"Add '{_tls.Address}' to InsecureRegistry", result.Message);
    }

    [Fact]
    public async Task Self_signed_registry_in_InsecureRegistry_is_Pullable()
    {
        var result = await CheckAsync($"{_tls.Address}/demo/multi:latest", insecure: _tls.Address);
        Assert.Equal(PullOutcome.Pullable, result.Outcome);
        Assert.Equal(_tls.MultiIndex.Digest, result.Digest!.ToString());
        Assert.Equal("linux/amd64", result.Platform!.ToString());
    }

    [Fact]
    public async Task Https_registry_in_PlainHttpRegistry_is_HttpsRequired_and_suggests_InsecureRegistry()
    {
        var result = await CheckAsync($"{_tls.Address}/demo/app:latest", plainHttp: _tls.Address);
        Assert.Equal(PullOutcome.HttpsRequired, result.Outcome);
        Assert.Contains("to InsecureRegistry", result.Message);
    }

    [Fact]
    public async Task Multi_platform_image_is_checked_for_the_configured_platform()
    {
        var result = await CheckAsync($"{_http.Address}/demo/multi:latest", plainHttp: _http.Address,
            options: new PullCheckOptions { Platform = ImagePlatform.Parse("linux/arm64") });
        Assert.Equal(PullOutcome.Pullable, result.Outcome);
        Assert.Contains(_http.MultiArm64.Manifest.Digest, result.Message);
        var missing = await CheckAsync($"{_http.Address}/demo/multi:latest", plainHttp: _http.Address,
            options: new PullCheckOptions { Platform = ImagePlatform.Parse("linux/ppc64le") });
        Assert.Equal(PullOutcome.NotFound, missing.Outcome);
        Assert.Contains("linux/ppc64le", missing.Message);
    }

    [Fact]
    public async Task Missing_tag_is_NotFound()
    {
        var result = await CheckAsync($"{_http.Address}/demo/app:nope", plainHttp: _http.Address);
        Assert.Equal(PullOutcome.NotFound, result.Outcome);
        Assert.Contains("MANIFEST_UNKNOWN", result.Message);
    }

    [Fact]
    public async Task Nothing_listening_is_Unreachable()
    {
        var port = FreePort.Next();
        var result = await CheckAsync($"127.0.0.1:{port}/demo/app:latest", plainHttp: $"127.0.0.1:{port}");
        Assert.Equal(PullOutcome.Unreachable, result.Outcome);
        Assert.Equal(RegistryFailure.Unreachable, result.Failure);
    }

    [Fact]
    public async Task Invalid_reference_is_reported_without_contacting_anything()
    {
        var result = await CheckAsync("127.0.0.1:1/Demo/App:latest");
        Assert.Equal(PullOutcome.InvalidReference, result.Outcome);
        Assert.Null(result.Registry);
    }

    [Fact]
    public async Task Basic_registry_without_credential_is_AuthenticationRequired()
    {
        var result = await CheckAsync($"{_basic.Address}/demo/app:latest", plainHttp: _basic.Address);
        Assert.Equal(PullOutcome.AuthenticationRequired, result.Outcome);
        Assert.Contains($"ImageRegistryCredential with Server '{_basic.Address}'", result.Message);
    }

    [Fact]
    public async Task Basic_registry_with_wrong_password_is_CredentialsRejected()
    {
        var result = await CheckAsync($"{_basic.Address}/demo/app:latest", plainHttp: _basic.Address,
            configure: r => r.AddCredential(_basic.Address, RegistryFixture.User, "not-" + RegistryFixture.Password));
        Assert.Equal(PullOutcome.CredentialsRejected, result.Outcome);
        Assert.Contains(RegistryFixture.User, result.Message);
        Assert.DoesNotContain("not-" + RegistryFixture.Password, result.Message);
    }

    [Fact]
    public async Task Basic_registry_with_credential_for_another_port_is_AuthenticationRequired()
    {
        var result = await CheckAsync($"{_basic.Address}/demo/app:latest", plainHttp: _basic.Address,
            configure: r => r.AddCredential("127.0.0.1", RegistryFixture.User, RegistryFixture.Password));
        Assert.Equal(PullOutcome.AuthenticationRequired, result.Outcome);
    }

    [Fact]
    public async Task Basic_registry_with_the_request_credential_is_Pullable()
    {
        var result = await CheckAsync($"{_basic.Address}/demo/app:latest", plainHttp: _basic.Address,
            configure: r => r.AddCredential(_basic.Address, RegistryFixture.User, RegistryFixture.Password));
        Assert.Equal(PullOutcome.Pullable, result.Outcome);
        Assert.Equal($"ImageRegistryCredential for {_basic.Address}", result.CredentialSource);
    }

    [Fact]
    public async Task Credential_found_only_outside_the_request_is_Pullable_with_a_hint_to_add_it()
    {
        var result = await CheckAsync($"{_basic.Address}/demo/app:latest", plainHttp: _basic.Address,
            configure: r => r.CredentialFallback = _ => new RegistryCredential(RegistryFixture.User, RegistryFixture.Password, "Docker config test.json"));
        Assert.Equal(PullOutcome.Pullable, result.Outcome);
        Assert.Contains("ECI only uses ImageRegistryCredential", result.Message);
    }

    [Fact]
    public async Task Token_registry_public_repository_is_Pullable_anonymously_and_private_needs_a_credential()
    {
        var request = new PullCheckRequest { PlainHttpRegistry = _token.Address };
        request.Images.Add($"{_token.Address}/public/tool:latest");
        request.Images.Add($"{_token.Address}/demo/app:latest");
        var results = (await new PullCheck().CheckAsync(request)).Results;
        Assert.Equal(new[] { PullOutcome.Pullable, PullOutcome.AuthenticationRequired }, results.Select(r => r.Outcome));
        Assert.Null(results[0].CredentialSource);
    }

    [Fact]
    public async Task Rules_engine_findings_come_with_the_verdicts()
    {
        var request = new PullCheckRequest { PlainHttpRegistry = $"{_http.Address},127.0.0.1" };
        request.Images.Add($"{_http.Address}/demo/app:latest");
        var report = await new PullCheck().CheckAsync(request);
        var result = Assert.Single(report.Results);
        Assert.Equal(PullOutcome.Pullable, result.Outcome);
        // The registry is loopback: ECI008 warns that the instance would pull from itself.
        Assert.Contains(result.Findings, f => f.RuleId == "ECI008");
        // '127.0.0.1' without a port names no image's registry exactly.
        Assert.Contains(report.Findings, f => f.Subject == Eci.ImagePull.Rules.FindingSubject.PlainHttpRegistry);
    }

    [Fact]
    public async Task Token_registry_with_identity_token_is_Pullable()
    {
        var result = await CheckAsync($"{_token.Address}/demo/app:latest", plainHttp: _token.Address,
            configure: r => r.AddCredential(_token.Address, "<token>", TokenAuthRegistryFixture.IdentityToken));
        Assert.Equal(PullOutcome.Pullable, result.Outcome);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public async Task Many_images_are_checked_concurrently_and_results_keep_the_request_order(int maxConcurrentImages)
    {
        var request = new PullCheckRequest { PlainHttpRegistry = _http.Address };
        for (var i = 0; i < 20; i++)
        {
            request.Images.Add(i % 3 == 0 ? $"{_http.Address}/demo/missing{i}:latest" : $"{_http.Address}/demo/app:latest");
        }

        var report = await new PullCheck(new PullCheckOptions { MaxConcurrentImages = maxConcurrentImages }).CheckAsync(request);

        Assert.Equal(request.Images, report.Results.Select(r => r.Image));
        Assert.Equal(
            Enumerable.Range(0, 20).Select(i => i % 3 == 0 ? PullOutcome.NotFound : PullOutcome.Pullable),
            report.Results.Select(r => r.Outcome));
    }
}
