using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

public sealed class RegistryTransportPolicyTests
{
    [Theory]
    [InlineData("192.168.1.10:5000", null, "192.168.1.10:5000", RegistryTransport.PlainHttp)]
    [InlineData(null, "192.168.1.10:5000", "192.168.1.10:5000", RegistryTransport.HttpsWithoutVerification)]
    [InlineData("192.168.1.10", null, "192.168.1.10:5000", RegistryTransport.Https)]
    [InlineData("192.168.1.10:5000", null, "192.168.1.10", RegistryTransport.Https)]
    [InlineData("reg.test.com:80", null, "reg.test.com", RegistryTransport.Https)]
    [InlineData("harbor.lab,192.168.1.10:5000", "harbor.lab", "harbor.lab", RegistryTransport.PlainHttp)]
    [InlineData(null, null, "docker.io", RegistryTransport.Https)]
    [InlineData("", "", "127.0.0.1:5000", RegistryTransport.Https)]
    public void Transport_follows_exact_host_and_port_matches(string? plainHttp, string? insecure, string registry, RegistryTransport expected) =>
        Assert.Equal(expected, new RegistryTransportPolicy(plainHttp, insecure).TransportFor(RegistryAddress.Parse(registry)));
}
