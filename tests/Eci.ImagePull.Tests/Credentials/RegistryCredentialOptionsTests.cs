using System.IO;
using System.Runtime.InteropServices;
using Eci.ImagePull;

namespace Eci.ImagePull.Tests.Credentials;

public class RegistryCredentialOptionsTests
{
    private static string HomeVariable => RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "USERPROFILE" : "HOME";

    private static RegistryCredentialOptions From(Dictionary<string, string> environment) =>
        new RegistryCredentialOptions(name => environment.TryGetValue(name, out string? value) ? value : null);

    [Fact]
    public void DOCKER_CONFIG_names_the_directory_of_config_json()
    {
        var options = From(new Dictionary<string, string> { ["DOCKER_CONFIG"] = "/etc/docker-ci", [HomeVariable] = "/home/me" });

        Assert.Equal(Path.Combine("/etc/docker-ci", "config.json"), options.DockerConfigPath);
    }

    [Fact]
    public void Home_directory_holds_the_default_config()
    {
        var options = From(new Dictionary<string, string> { [HomeVariable] = "/home/me" });

        Assert.Equal(Path.Combine("/home/me", ".docker", "config.json"), options.DockerConfigPath);
    }

    [Fact]
    public void Without_a_home_there_is_no_config_file()
    {
        Assert.Null(From(new Dictionary<string, string>()).DockerConfigPath);
    }

    [Fact]
    public void DOCKER_AUTH_CONFIG_is_taken_from_the_environment()
    {
        var options = From(new Dictionary<string, string> { ["DOCKER_AUTH_CONFIG"] = "{\"auths\":{}}" });

        Assert.Equal("{\"auths\":{}}", options.DockerAuthConfigJson);
    }

    [Fact]
    public void Helper_search_path_is_the_PATH_of_the_given_environment()
    {
        var options = From(new Dictionary<string, string> { ["PATH"] = "/opt/helpers" });

        var runner = Assert.IsType<ProcessCredentialHelperRunner>(options.HelperRunner);
        Assert.Equal("/opt/helpers", runner.SearchPath);
    }

    [Fact]
    public void Process_environment_defaults_search_the_process_PATH_and_wait_ten_seconds()
    {
        var options = new RegistryCredentialOptions();

        Assert.Null(Assert.IsType<ProcessCredentialHelperRunner>(options.HelperRunner).SearchPath);
        Assert.Equal(TimeSpan.FromSeconds(10), options.HelperTimeout);
        Assert.Empty(options.Providers);
    }
}
