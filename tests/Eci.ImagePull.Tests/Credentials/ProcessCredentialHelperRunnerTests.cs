using System.IO;
using System.Runtime.Versioning;
using Eci.ImagePull;
using static Eci.ImagePull.Tests.Credentials.TestResolvers;

namespace Eci.ImagePull.Tests.Credentials;

/// <summary>
/// Real helper processes: a shell script named docker-credential-ecitest in a temp directory that serves as the
/// whole search path, so the process PATH is never touched. All process tests live in this one class so that
/// xunit runs them one after another (a script being written while another test forks can fail to execute).
/// Shell scripts need a Unix-like system; the attribute tells the platform analyzer so.
/// </summary>
[UnsupportedOSPlatform("windows")]
public class ProcessCredentialHelperRunnerTests
{
    private const string Found =
        "[ \"$1\" = get ] || { echo \"unexpected verb $1\"; exit 9; }\n" +
        "server=$(cat)\n" +
        "printf '%s' \"$server\" > \"$(dirname \"$0\")/stdin.txt\"\n" +
        "printf '{\"ServerURL\":\"%s\",\"Username\":\"alice\",\"Secret\":\"" + TestResolvers.Secret + "\"}\\n' \"$server\"\n";

    private static string WriteHelper(TempDirectory dir, string body, string name = "ecitest")
    {
        string path = dir.Write("docker-credential-" + name, "#!/bin/sh\n" + body);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>A resolver whose default runner finds helpers through a PATH given in the fake environment.</summary>
    private static RegistryCredentialResolver ResolverWithHelperOnPath(TempDirectory helpers, TempDirectory config, string configJson, TimeSpan? timeout = null)
    {
        var options = Options(
            new Dictionary<string, string> { ["PATH"] = "/nonexistent-dir" + Path.PathSeparator + helpers.Path },
            dockerConfigPath: config.Write("config.json", configJson));
        if (timeout.HasValue)
        {
            options.HelperTimeout = timeout.Value;
        }

        return new RegistryCredentialResolver(options);
    }

    [Fact]
    public void Runner_runs_the_program_with_the_verb_and_input()
    {
        using var helpers = new TempDirectory();
        WriteHelper(helpers, Found);

        CredentialHelperOutput output = new ProcessCredentialHelperRunner(helpers.Path).Run("ecitest", "get", "reg:5000", TimeSpan.FromSeconds(30));

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("\"Username\":\"alice\"", output.StandardOutput);
        Assert.Equal("reg:5000", File.ReadAllText(Path.Combine(helpers.Path, "stdin.txt")));
    }

    [Fact]
    public void Found_credential_comes_back_through_the_default_runner_and_PATH_from_the_options()
    {
        using var helpers = new TempDirectory();
        using var config = new TempDirectory();
        WriteHelper(helpers, Found);

        RegistryCredential credential = ResolverWithHelperOnPath(helpers, config, "{\"credsStore\":\"ecitest\"}").Resolve("docker.io");

        Assert.Equal("alice", credential.UserName);
        Assert.Equal(Secret, credential.Password);
        Assert.StartsWith("credential helper docker-credential-ecitest (credsStore in Docker config ", credential.Source);
        Assert.Equal("https://index.docker.io/v1/", File.ReadAllText(Path.Combine(helpers.Path, "stdin.txt")));
    }

    [Fact]
    public void Helper_saying_credentials_not_found_lets_the_search_go_on()
    {
        using var helpers = new TempDirectory();
        using var config = new TempDirectory();
        WriteHelper(helpers, "cat >/dev/null\necho 'credentials not found in native keychain'\nexit 1\n");

        var ex = Assert.Throws<RegistryCredentialsNotFoundException>(
            () => ResolverWithHelperOnPath(helpers, config, "{\"credHelpers\":{\"reg:5000\":\"ecitest\"}}").Resolve("reg:5000"));

        Assert.Contains(ex.SearchedLocations, place => place.StartsWith("credential helper docker-credential-ecitest (credHelpers[\"reg:5000\"] in Docker config "));
    }

    [Fact]
    public void Helper_failure_is_an_error_with_its_message()
    {
        using var helpers = new TempDirectory();
        using var config = new TempDirectory();
        WriteHelper(helpers, "cat >/dev/null\necho 'pass store is locked'\nexit 5\n");

        var ex = Assert.Throws<RegistryCredentialsException>(
            () => ResolverWithHelperOnPath(helpers, config, "{\"credsStore\":\"ecitest\"}").Resolve("reg"));

        Assert.Contains("docker-credential-ecitest", ex.Message);
        Assert.Contains("exit code 5: pass store is locked", ex.Message);
    }

    [Fact]
    public void Helper_garbage_output_is_an_error_that_hides_the_output()
    {
        using var helpers = new TempDirectory();
        using var config = new TempDirectory();
        WriteHelper(helpers, "cat >/dev/null\necho 'Username=alice Secret=" + Secret + "'\n");

        var ex = Assert.Throws<RegistryCredentialsException>(
            () => ResolverWithHelperOnPath(helpers, config, "{\"credsStore\":\"ecitest\"}").Resolve("reg"));

        Assert.Contains("not the expected JSON", ex.Message);
        Assert.DoesNotContain(Secret, ex.Message);
    }

    [Fact]
    public void Hanging_helper_is_stopped_at_the_timeout()
    {
        using var helpers = new TempDirectory();
        using var config = new TempDirectory();
        WriteHelper(helpers, "exec sleep 60\n");

        var ex = Assert.Throws<RegistryCredentialsException>(
            () => ResolverWithHelperOnPath(helpers, config, "{\"credsStore\":\"ecitest\"}", TimeSpan.FromMilliseconds(300)).Resolve("reg"));

        Assert.Contains("docker-credential-ecitest did not finish within 0.3 s and was stopped", ex.Message);
    }

    [Fact]
    public void Helper_missing_from_the_search_path_is_a_clear_error()
    {
        using var helpers = new TempDirectory();
        using var config = new TempDirectory();

        var ex = Assert.Throws<RegistryCredentialsException>(
            () => ResolverWithHelperOnPath(helpers, config, "{\"credsStore\":\"ecitest\"}").Resolve("reg"));

        Assert.Contains("the program docker-credential-ecitest was not found on the search path", ex.Message);
        Assert.Contains(helpers.Path, ex.Message);
    }

    [Fact]
    public void Helper_that_cannot_be_executed_is_a_clear_error()
    {
        using var helpers = new TempDirectory();
        string path = helpers.Write("docker-credential-ecitest", "#!/bin/sh\necho never\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var ex = Assert.Throws<RegistryCredentialsException>(
            () => new ProcessCredentialHelperRunner(helpers.Path).Run("ecitest", "get", "reg", TimeSpan.FromSeconds(30)));

        Assert.Contains("could not be started", ex.Message);
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void First_directory_on_the_search_path_wins()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        WriteHelper(first, "cat >/dev/null\necho first\n");
        WriteHelper(second, "cat >/dev/null\necho second\n");

        CredentialHelperOutput output = new ProcessCredentialHelperRunner(first.Path + Path.PathSeparator + second.Path)
            .Run("ecitest", "get", "reg", TimeSpan.FromSeconds(30));

        Assert.Equal("first", output.StandardOutput.Trim());
    }

    [Fact]
    public void Helper_that_ignores_its_input_and_fails_at_once_still_reports_its_message()
    {
        using var helpers = new TempDirectory();
        WriteHelper(helpers, "echo 'early failure' >&2\nexit 7\n");

        CredentialHelperOutput output = new ProcessCredentialHelperRunner(helpers.Path).Run("ecitest", "get", "reg", TimeSpan.FromSeconds(30));

        Assert.Equal(7, output.ExitCode);
        Assert.Equal("early failure", output.StandardError.Trim());
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("yes >&2")]
    public void A_helper_that_floods_its_output_is_stopped_with_a_typed_error(string flood)
    {
        using var helpers = new TempDirectory();
        WriteHelper(helpers, "cat >/dev/null\n" + flood + "\n");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<RegistryCredentialsException>(() =>
            new ProcessCredentialHelperRunner(helpers.Path).Run("ecitest", "get", "reg:5000", TimeSpan.FromSeconds(60)));

        Assert.Contains("wrote more than 65536 characters of output", error.Message);
        // Stopped at the limit, not after reading the flood until the timeout.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "took " + clock.Elapsed);
    }
}
