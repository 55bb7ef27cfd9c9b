using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.Pull;

namespace Eci.ImagePull.IntegrationTests.Pull;

/// <summary>
/// A credential lookup may run a helper process each time; a check of several images on one registry resolves that
/// registry's credential once and reuses it (it used to run the helper at least twice per image).
/// </summary>
public sealed class CredentialLookupCountTests : IClassFixture<BasicAuthRegistryFixture>
{
    private readonly BasicAuthRegistryFixture _basic;

    public CredentialLookupCountTests(BasicAuthRegistryFixture basic) => _basic = basic;

    [Fact]
    public async Task Three_images_on_one_registry_resolve_its_credential_once()
    {
        var lookups = 0;
        var request = new PullCheckRequest { PlainHttpRegistry = _basic.Address };
        request.Images.Add($"{_basic.Address}/demo/app:latest");
        request.Images.Add($"{_basic.Address}/demo/multi:latest");
        request.Images.Add($"{_basic.Address}/demo/missing:latest");
        request.CredentialFallback = _ =>
        {
            Interlocked.Increment(ref lookups);
            return new RegistryCredential(RegistryFixture.User, RegistryFixture.Password, "counting helper");
        };

        var report = await new PullCheck(new PullCheckOptions { DiagnoseWithOtherTransports = false }).CheckAsync(request);

        Assert.Equal(new[] { PullOutcome.Pullable, PullOutcome.Pullable, PullOutcome.NotFound }, report.Results.Select(r => r.Outcome));
        Assert.Equal(1, lookups);
    }
}
