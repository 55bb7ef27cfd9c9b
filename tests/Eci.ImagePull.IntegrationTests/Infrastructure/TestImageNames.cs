using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Hostile;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>Image references and repositories on a test server, in the shape the registry client takes them.</summary>
internal static class TestImageNames
{
    /// <summary>An image on the fixture's registry: <paramref name="nameAndReference"/> is <c>path:tag</c> or <c>path@digest</c>.</summary>
    public static ImageReference Image(this RegistryFixture fixture, string nameAndReference) => On(fixture.Address, nameAndReference);

    /// <summary>A repository on the fixture's registry.</summary>
    public static RegistryRepository Repository(this RegistryFixture fixture, string path) => new(fixture.Address(), path);

    /// <summary>The hostile server's test repository (<see cref="Hostile.Hostile.Repository"/>) at a tag or digest.</summary>
    public static ImageReference Image(this HostileServer server, string reference)
    {
        var separator = reference.Contains(':', StringComparison.Ordinal) ? "@" : ":";
        return On(server.Address, Hostile.Hostile.Repository + separator + reference);
    }

    /// <summary>The hostile server's test repository.</summary>
    public static RegistryRepository Repository(this HostileServer server) => new(server.Registry(), Hostile.Hostile.Repository);

    /// <summary>An image on the registry at <paramref name="address"/> (<c>host:port</c>).</summary>
    public static ImageReference On(string address, string nameAndReference) => ImageReference.Parse(address + "/" + nameAndReference);
}
