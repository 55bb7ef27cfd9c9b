using Eci.ImagePull;

namespace Eci.ImagePull.Tests.Credentials;

public class CredentialRegistryKeyTests
{
    [Theory]
    [InlineData("reg:5000", "reg:5000")]
    [InlineData("  Reg.Example.COM:5000 ", "reg.example.com:5000")]
    [InlineData("https://reg:5000/v2/", "reg:5000")]
    [InlineData("HTTP://reg", "reg")]
    [InlineData("docker.io", "docker.io")]
    [InlineData("index.docker.io", "docker.io")]
    [InlineData("registry-1.docker.io", "docker.io")]
    [InlineData("https://index.docker.io/v1/", "docker.io")]
    public void Parse_reduces_to_lower_case_host_and_port(string input, string expected)
    {
        Assert.Equal(expected, CredentialRegistryKey.Parse(input).HostAndPort);
    }

    [Theory]
    [InlineData("192.168.1.10:5000", "192_168_1_10__COLON_5000")]
    [InlineData("docker.io", "DOCKER_IO")]
    [InlineData("index.docker.io", "DOCKER_IO")]
    [InlineData("registry.cn-hangzhou.aliyuncs.com", "REGISTRY_CN__DASH_HANGZHOU_ALIYUNCS_COM")]
    [InlineData("My-Reg.local:443", "MY__DASH_REG_LOCAL__COLON_443")]
    [InlineData("[::1]:5000", "__OPEN___COLON___COLON_1__CLOSE___COLON_5000")]
    public void Environment_key_keeps_letters_digits_and_dots_and_names_every_other_separator(string registry, string expected)
    {
        Assert.Equal(expected, CredentialRegistryKey.Parse(registry).EnvironmentVariableKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("https://")]
    [InlineData("/path/only")]
    public void Parse_rejects_addresses_without_a_host(string input)
    {
        Assert.Throws<ArgumentException>(() => CredentialRegistryKey.Parse(input));
    }

    [Theory]
    [InlineData("reg:5000", "https://reg:5000/v1/", true)]
    [InlineData("reg:5000", "REG:5000", true)]
    [InlineData("reg:5000", "reg", false)]
    [InlineData("reg", "reg:5000", false)]
    [InlineData("docker.io", "https://index.docker.io/v1/", true)]
    [InlineData("docker.io", "registry-1.docker.io", true)]
    [InlineData("docker.io", "quay.io", false)]
    public void Loose_config_key_match_ignores_scheme_path_and_case(string registry, string configKey, bool expected)
    {
        Assert.Equal(expected, CredentialRegistryKey.Parse(registry).MatchesConfigKeyLoosely(configKey));
    }

    [Theory]
    [InlineData("reg:5000", "reg:5000")]
    [InlineData("docker.io", "https://index.docker.io/v1/")]
    [InlineData("registry-1.docker.io", "https://index.docker.io/v1/")]
    public void Helpers_are_asked_for_Docker_Hub_by_its_historical_key(string registry, string expected)
    {
        Assert.Equal(expected, CredentialRegistryKey.Parse(registry).HelperServerAddress);
    }
}
