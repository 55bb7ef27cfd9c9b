using System.Text;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>Token endpoints that answer nonsense, and <c>WWW-Authenticate</c> headers that are malformed.</summary>
public sealed class HostileAuthenticationTests : IDisposable
{
    private readonly HostileServer _server = HostileServer.Start();

    public void Dispose() => _server.Dispose();

    private string Challenge => $"Bearer realm=\"{_server.BaseUrl}token\",service=\"hostile\"";

    private Task<RegistryManifest> GetAsync(RegistryClient client) =>
        client.GetManifestAsync(_server.Image("latest")).WaitAsync(TimeSpan.FromSeconds(20));

    /// <summary>The registry always challenges for Bearer; <paramref name="token"/> answers the token endpoint.</summary>
    private void Serve(Func<HostileResponse, Task> token)
    {
        _server.Handler = (request, response) => request.Path.StartsWith("/token", StringComparison.Ordinal)
            ? token(response)
            : response.SendAsync(401, string.Empty, ("WWW-Authenticate", Challenge));
    }

    [Theory]
    [InlineData("<html>Sign in</html>")]
    [InlineData("[\"token\"]")]
    [InlineData("{\"token\":\"\"}")]
    [InlineData("{\"token\":null,\"access_token\":\"\"}")]
    [InlineData("{\"token\":42}")]
    [InlineData("")]
    public async Task Token_endpoint_without_a_usable_token_is_a_protocol_error(string body)
    {
        Serve(response => response.SendAsync(200, body, ("Content-Type", "application/json")));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.ProtocolError, error.Failure);
        Assert.Contains("token service", error.Message);
        Hostile.AssertNoSecret(error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Huge_token_is_refused_without_buffering_it(bool declareLength)
    {
        var hungUp = new TaskCompletionSource<bool>();
        const long size = 10L * 1024 * 1024;
        Serve(async response =>
        {
            var head = Encoding.ASCII.GetBytes("{\"token\":\"");
            var headers = new List<(string, string)> { ("Content-Type", "application/json") };
            if (declareLength)
            {
                headers.Add(("Content-Length", (size + head.Length + 2).ToString()));
            }

            await response.HeadAsync(200, headers.ToArray());
            await response.BodyAsync(head);
            hungUp.TrySetResult(await response.StreamUntilClientHangsUpAsync(Encoding.ASCII.GetBytes(new string('A', 64 * 1024)), size));
        });
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.LimitExceeded, error.Failure);
        Assert.Contains("token service", error.Message);
        Assert.True(await hungUp.Task.WaitAsync(TimeSpan.FromSeconds(20)), "the client read the whole 10 MB token");
    }

    [Fact]
    public async Task Token_endpoint_500_is_a_typed_error_with_the_status()
    {
        Serve(response => response.SendAsync(500, "boom"));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.ProtocolError, error.Failure);
        Assert.Equal(500, (int?)error.StatusCode);
        Assert.Contains("500", error.Message);
    }

    [Fact]
    public async Task Error_texts_that_echo_the_password_are_redacted()
    {
        var echo = $"{{\"errors\":[{{\"code\":\"DENIED\",\"message\":\"password {Fixtures.RegistryFixture.Password} / Basic {Hostile.BasicValue} refused\"}}]}}";
        Serve(response => response.SendAsync(500, echo, ("Content-Type", "application/json")));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => GetAsync(client));

        Assert.Contains("DENIED", error.Message);
        Hostile.AssertNoSecret(error);
        Assert.All(error.Errors, e => Hostile.AssertNoSecret(e.ToString()));
    }

    [Fact]
    public async Task Registry_errors_that_echo_the_token_are_redacted()
    {
        _server.Handler = (request, response) =>
        {
            if (request.Path.StartsWith("/token", StringComparison.Ordinal))
            {
                return response.SendAsync(200, $"{{\"token\":\"{Hostile.Token}\"}}");
            }

            return request.Header("Authorization") is { } authorization
                ? response.SendAsync(403, $"{{\"errors\":[{{\"code\":\"DENIED\",\"message\":\"{authorization} may not pull\"}}]}}", ("Content-Type", "application/json"))
                : response.SendAsync(401, string.Empty, ("WWW-Authenticate", Challenge));
        };
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.AccessDenied, error.Failure);
        Assert.Contains("may not pull", error.Message);
        Hostile.AssertNoSecret(error);
        Assert.All(error.Errors, e => Hostile.AssertNoSecret(e.ToString()));
    }

    [Fact]
    public async Task Slow_drip_token_body_times_out_with_a_typed_error()
    {
        var body = Encoding.ASCII.GetBytes($"{{\"token\":\"{Hostile.Token}\"}}");
        Serve(async response =>
        {
            await response.HeadAsync(200, ("Content-Length", body.Length.ToString()));
            await response.DripAsync(body, TimeSpan.FromMilliseconds(100));
        });
        using var client = Hostile.Client(_server.Address, configure: o => o.RequestTimeout = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAnyAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.Timeout, error.Failure);
        Assert.Contains("token service", error.Message);
        Hostile.AssertNoSecret(error);
    }

    [Fact]
    public async Task Token_endpoint_dripping_its_headers_times_out_with_a_typed_error()
    {
        Serve(response => response.DripAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nX-Padding: " + new string('x', 100) + "\r\n\r\n"), TimeSpan.FromMilliseconds(100)));
        using var client = Hostile.Client(_server.Address, configure: o => o.RequestTimeout = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<RegistryConnectionException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.Timeout, error.Failure);
        Assert.Contains("token service", error.Message);
    }

    [Fact]
    public async Task Truncated_token_body_is_a_typed_error()
    {
        Serve(async response =>
        {
            await response.HeadAsync(200, ("Content-Length", "1000"));
            await response.BodyAsync(Encoding.ASCII.GetBytes($"{{\"token\":\"{Hostile.Token}"));
        });
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAnyAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.Unreachable, error.Failure);
        Assert.Contains("token service", error.Message);
        Hostile.AssertNoSecret(error);
    }

    [Fact]
    public async Task Slow_drip_error_body_is_cut_off_at_the_timeout_and_the_status_reported()
    {
        _server.Handler = async (_, response) =>
        {
            await response.HeadAsync(500, ("Content-Length", "400"));
            await response.DripAsync(Encoding.ASCII.GetBytes(new string('x', 400)), TimeSpan.FromMilliseconds(100));
        };
        using var client = Hostile.Client(_server.Address, configure: o => o.RequestTimeout = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAnyAsync<RegistryException>(() => GetAsync(client));

        // The status says enough; the dripping detail is dropped when the request's time is up.
        Assert.Equal(RegistryFailure.ProtocolError, error.Failure);
        Assert.Equal(500, (int?)error.StatusCode);
    }

    [Fact]
    public async Task Registry_still_refusing_the_token_is_credentials_rejected_without_the_token()
    {
        Serve(response => response.SendAsync(200, $"{{\"token\":\"{Hostile.Token}\"}}"));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.CredentialsRejected, error.Failure);
        Assert.Contains(Fixtures.RegistryFixture.User, error.Message);
        Hostile.AssertNoSecret(error);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("header")]
    public async Task Malformed_response_lines_that_echo_the_password_are_redacted(string where)
    {
        var echo = $"{Fixtures.RegistryFixture.Password} {Hostile.BasicValue}";
        _server.Handler = async (request, response) =>
        {
            if (await Hostile.RequireBasicAsync(request, response))
            {
                // HttpClient quotes an invalid status or header line in its exception message.
                var raw = where == "status" ? $"HTTP/1.1 {echo}\r\n\r\n" : $"HTTP/1.1 200 OK\r\n{echo}\r\n\r\n";
                await response.RawAsync(Encoding.ASCII.GetBytes(raw));
            }
        };
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryConnectionException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.Unreachable, error.Failure);
        Assert.True(where == "status" || error.Message.Contains("[redacted]", StringComparison.Ordinal), error.Message);
        Hostile.AssertNoSecret(error);
    }

    [Theory]
    [InlineData("Bearer service=\"hostile\",scope=\"repository:demo/app:pull\"", "realm")]
    [InlineData("Bearer realm=", "realm")]
    [InlineData("Bearer realm=\"file:///etc/passwd\"", "realm")]
    [InlineData("Negotiate YIIC", "Basic or Bearer")]
    [InlineData("Digest realm=\"hostile\", nonce=\"abc\"", "Basic or Bearer")]
    [InlineData("", "Basic or Bearer")]
    [InlineData("\"Bearer realm=\"", "Basic or Bearer")]
    [InlineData("=,=,==\",", "Basic or Bearer")]
    public async Task Malformed_challenge_is_a_protocol_error(string header, string expected)
    {
        _server.Handler = (_, response) => response.SendAsync(401, string.Empty, ("WWW-Authenticate", header));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.ProtocolError, error.Failure);
        Assert.Contains(expected, error.Message);
        Hostile.AssertNoSecret(error);
    }

    [Theory]
    [InlineData("unterminated-quote")]
    [InlineData("huge-realm")]
    [InlineData("huge-scope")]
    [InlineData("many-parameters")]
    [InlineData("oversized-header")]
    public async Task Odd_or_huge_challenges_end_in_a_typed_error(string kind)
    {
        var header = kind switch
        {
            "unterminated-quote" => $"Bearer realm=\"{_server.BaseUrl}token,service=\"hostile",
            "huge-realm" => $"Bearer realm=\"{_server.BaseUrl}{new string('a', 30_000)}\"",
            "huge-scope" => $"Bearer realm=\"{_server.BaseUrl}token\",scope=\"{new string('s', 30_000)}\"",
            "many-parameters" => "Bearer " + string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"p{i}=\"v\"")),
            _ => $"Bearer realm=\"{_server.BaseUrl}token\",service=\"{new string('x', 200_000)}\"",
        };
        _server.Handler = (request, response) => request.Path.StartsWith("/v2/", StringComparison.Ordinal)
            ? response.SendAsync(401, string.Empty, ("WWW-Authenticate", header))
            : response.SendAsync(404, string.Empty);
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAnyAsync<RegistryException>(() => GetAsync(client));

        Hostile.AssertNoSecret(error);
        Assert.True(error.Message.Length < 2_000, "the message repeats the huge header");
    }
}
