using System.Diagnostics.CodeAnalysis;
using System.IO;
using Eci.ImagePull;
using static Eci.ImagePull.Tests.Credentials.TestResolvers;

namespace Eci.ImagePull.Tests.Credentials;

public class SearchDescriptionTests
{
    private sealed class NamedEmptyProvider : IRegistryCredentialProvider
    {
        public string Description => "company vault";

        public bool TryGet(string registry, [NotNullWhen(true)] out RegistryCredential? credential)
        {
            credential = null;
            return false;
        }
    }

    [Fact]
    public void Not_found_exception_lists_every_place_in_order()
    {
        using var dir = new TempDirectory();
        string configPath = dir.Write("config.json",
            "{\"credHelpers\":{\"reg:5000\":\"hosthelper\"},\"auths\":{\"reg:5000\":{},\"https://reg:5000/v1/\":{}},\"credsStore\":\"store\"}");
        var runner = new FakeHelperRunner().NotFound("hosthelper").NotFound("store").NotFound("envstore");
        var options = Options(dockerConfigPath: configPath, dockerAuthConfigJson: "{\"credsStore\":\"envstore\"}", runner: runner);
        options.Providers.Add(new NamedEmptyProvider());

        var ex = Assert.Throws<RegistryCredentialsNotFoundException>(() => new RegistryCredentialResolver(options).Resolve("reg:5000"));

        string config = "Docker config " + configPath;
        var expected = new[]
        {
            "environment variables ECI_REGISTRY_REG__COLON_5000_USERNAME and ECI_REGISTRY_REG__COLON_5000_PASSWORD",
            "DOCKER_AUTH_CONFIG environment variable (auths: no entry for 'reg:5000')",
            "credential helper docker-credential-envstore (credsStore in DOCKER_AUTH_CONFIG environment variable)",
            "credential helper docker-credential-hosthelper (credHelpers[\"reg:5000\"] in " + config + ")",
            config + " (auths[\"reg:5000\"])",
            config + " (auths[\"https://reg:5000/v1/\"])",
            "credential helper docker-credential-store (credsStore in " + config + ")",
            "provider company vault",
        };
        Assert.Equal(expected, ex.SearchedLocations);
        Assert.Equal("reg:5000", ex.Registry);
        Assert.StartsWith("No credentials found for registry 'reg:5000'. Looked in, in order:", ex.Message);
        foreach (string place in expected)
        {
            Assert.Contains(place, ex.Message);
        }
    }

    [Fact]
    public void DescribeSearch_matches_the_not_found_list_without_running_helpers()
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner().NotFound("store");
        var resolver = ForConfig(dir, "{\"credsStore\":\"store\"}", runner);

        IReadOnlyList<string> described = resolver.DescribeSearch("docker.io");

        Assert.Empty(runner.Calls);
        var ex = Assert.Throws<RegistryCredentialsNotFoundException>(() => resolver.Resolve("docker.io"));
        Assert.Equal(described, ex.SearchedLocations);
        Assert.Equal("environment variables ECI_REGISTRY_DOCKER_IO_USERNAME and ECI_REGISTRY_DOCKER_IO_PASSWORD", described[0]);
    }

    [Fact]
    public void DescribeSearch_reports_a_missing_file_and_an_unusable_one()
    {
        using var dir = new TempDirectory();
        string missing = Path.Combine(dir.Path, "missing.json");

        IReadOnlyList<string> missingDescribed = Resolver(dockerConfigPath: missing).DescribeSearch("reg");
        IReadOnlyList<string> brokenDescribed = Resolver(dockerConfigPath: dir.Write("config.json", "{\"auths\": " + Secret)).DescribeSearch("reg");

        Assert.Equal("Docker config " + missing + " (file does not exist or is empty)", missingDescribed[1]);
        Assert.StartsWith("Docker config " + Path.Combine(dir.Path, "config.json") + " (unusable: ", brokenDescribed[1]);
        Assert.DoesNotContain(Secret, brokenDescribed[1]);
    }

    [Fact]
    public void Without_any_Docker_config_only_the_environment_is_listed()
    {
        Assert.Equal(
            new[] { "environment variables ECI_REGISTRY_192_168_1_10__COLON_5000_USERNAME and ECI_REGISTRY_192_168_1_10__COLON_5000_PASSWORD" },
            Resolver().DescribeSearch("192.168.1.10:5000"));
    }

    [Fact]
    public void No_secret_appears_in_any_message_of_a_resolution_that_found_the_credential()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":{\"auth\":\"" + Base64("alice:" + Secret) + "\"}}}");

        RegistryCredential credential = resolver.Resolve("reg");

        Assert.DoesNotContain(Secret, credential.ToString());
        Assert.DoesNotContain(Secret, credential.Source);
        Assert.DoesNotContain(Secret, string.Join("\n", resolver.DescribeSearch("reg")));
    }
}
