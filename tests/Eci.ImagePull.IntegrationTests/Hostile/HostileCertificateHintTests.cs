using System.IO;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>
/// An untrusted certificate on a server the registry redirects to is that server's problem: the hint must name it,
/// not advise --insecure for the registry (which would change nothing, as ECI's InsecureRegistry would not).
/// </summary>
public sealed class HostileCertificateHintTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("eci-cert-hint-").FullName;
    private readonly HostileServer _registry;
    private readonly HostileServer _storage;
    private readonly TestImage _image = TestImage.Create(layerCount: 1);

    public HostileCertificateHintTests()
    {
        _registry = HostileServer.StartTls(TestCertificate.CreateForLoopback(_directory, "registry").Certificate);
        _storage = HostileServer.StartTls(TestCertificate.CreateForLoopback(_directory, "storage").Certificate);
    }

    public void Dispose()
    {
        _registry.Dispose();
        _storage.Dispose();
        Directory.Delete(_directory, true);
    }

    [Fact]
    public async Task An_untrusted_redirect_target_is_named_and_insecure_for_the_registry_is_not_advised()
    {
        _registry.Handler = (request, response) => request.Path.Contains("/manifests/", StringComparison.Ordinal)
            ? response.SendAsync(200, _image.Manifest.Content, ("Content-Type", _image.Manifest.MediaType), ("Docker-Content-Digest", _image.Manifest.Digest))
            : response.RedirectAsync(_storage.BaseUrl + "blob" + request.Path.Substring(request.Path.LastIndexOf('/')));
        _storage.Handler = (_, response) => response.SendAsync(200, _image.Config.Content);
        var output = Path.Combine(_directory, "out");

        var run = await ToolRunner.RunAsync("pull", $"{_registry.Address}/{Hostile.Repository}:latest", "--insecure", _registry.Address, "--timeout", "5", "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"The TLS certificate of https://{_storage.Address} is not trusted", run.Error);
        Assert.Contains($"That server is {_storage.Address}, a redirect target or token service of {_registry.Address}", run.Error);
        Assert.DoesNotContain($"pass --insecure {_registry.Address}", run.Error);
    }

    [Fact]
    public async Task Check_with_an_untrusted_token_service_names_it_instead_of_advising_insecure_registry()
    {
        _registry.Handler = (_, response) => response.SendAsync(401, string.Empty, ("WWW-Authenticate", $"Bearer realm=\"{_storage.BaseUrl}token\",service=\"hostile\""));
        _storage.Handler = (_, response) => response.SendAsync(200, "{\"token\":\"t\"}", ("Content-Type", "application/json"));

        var run = await ToolRunner.RunAsync("check", "--no-diagnose", "--insecure", _registry.Address, "--timeout", "5", $"{_registry.Address}/{Hostile.Repository}:latest");

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Output.Contains($"The untrusted certificate is {_storage.Address}'s (a redirect target or token service of {_registry.Address})"), run.Output);
        Assert.DoesNotContain($"Add '{_registry.Address}' to InsecureRegistry", run.Output);
    }
}
