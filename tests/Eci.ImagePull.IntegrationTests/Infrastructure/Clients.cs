using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>Builds clients for a fixture's registry with a chosen ECI transport setting and credential.</summary>
internal static class Clients
{
    public static RegistryCredential GoodCredential => new(RegistryFixture.User, RegistryFixture.Password, "test");

    public static RegistryCredential WrongCredential => new(RegistryFixture.User, "wrong-" + RegistryFixture.Password, "test");

    public static RegistryClient For(RegistryFixture fixture, RegistryTransport transport, RegistryCredential? credential = null, ImagePlatform? platform = null)
    {
        var options = new RegistryClientOptions
        {
            Transports = transport switch
            {
                RegistryTransport.PlainHttp => new RegistryTransportPolicy(fixture.Address, null),
                RegistryTransport.HttpsWithoutVerification => new RegistryTransportPolicy(null, fixture.Address),
                _ => RegistryTransportPolicy.Default,
            },
            Credentials = _ => credential,
            RequestTimeout = TimeSpan.FromSeconds(15),
        };
        if (platform is not null)
        {
            options.Platform = platform;
        }

        return new RegistryClient(options);
    }

    public static RegistryAddress Address(this RegistryFixture fixture) => RegistryAddress.Parse(fixture.Address);
}
