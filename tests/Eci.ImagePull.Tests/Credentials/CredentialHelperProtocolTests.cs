using Eci.ImagePull;
using static Eci.ImagePull.Tests.Credentials.TestResolvers;

namespace Eci.ImagePull.Tests.Credentials;

/// <summary>How helper answers are interpreted, with an in-memory runner (the real process runner has its own tests).</summary>
public class CredentialHelperProtocolTests
{
    private static RegistryCredentialResolver WithStore(TempDirectory dir, FakeHelperRunner runner) =>
        ForConfig(dir, "{\"credsStore\":\"fake\"}", runner);

    private static FakeHelperRunner Replying(int exitCode, string stdout, string stderr = "") =>
        new FakeHelperRunner().On("fake", _ => new CredentialHelperOutput(exitCode, stdout, stderr));

    [Fact]
    public void Helper_answer_becomes_the_credential_and_gets_the_server_on_stdin()
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner().Answer("fake", "alice", Secret);

        RegistryCredential credential = WithStore(dir, runner).Resolve("Reg:5000");

        Assert.Equal("alice", credential.UserName);
        Assert.Equal(Secret, credential.Password);
        Assert.Equal("credential helper docker-credential-fake (credsStore in Docker config " + System.IO.Path.Combine(dir.Path, "config.json") + ")", credential.Source);
        Assert.Equal(new[] { "fake get reg:5000" }, runner.Calls);
    }

    [Fact]
    public void Docker_Hub_is_asked_for_by_its_historical_key()
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner().Answer("fake", "hub", Secret);

        WithStore(dir, runner).Resolve("docker.io");

        Assert.Equal(new[] { "fake get https://index.docker.io/v1/" }, runner.Calls);
    }

    [Fact]
    public void Token_user_name_from_a_helper_is_an_identity_token()
    {
        using var dir = new TempDirectory();

        RegistryCredential credential = WithStore(dir, new FakeHelperRunner().Answer("fake", "<token>", Secret)).Resolve("reg");

        Assert.True(credential.IsIdentityToken);
        Assert.Equal(Secret, credential.Password);
    }

    [Theory]
    [InlineData("credentials not found in native keychain\n", "")]
    [InlineData("", "Credentials not found")]
    [InlineData("error: credentials not found for reg", "")]
    public void Credentials_not_found_with_non_zero_exit_means_none(string stdout, string stderr)
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<RegistryCredentialsNotFoundException>(() => WithStore(dir, Replying(1, stdout, stderr)).Resolve("reg"));

        Assert.Contains("credential helper docker-credential-fake (credsStore in Docker config", string.Join("\n", ex.SearchedLocations));
    }

    [Fact]
    public void Empty_username_and_secret_with_success_means_none()
    {
        using var dir = new TempDirectory();

        Assert.Throws<RegistryCredentialsNotFoundException>(() => WithStore(dir, Replying(0, "{\"Username\":\"\",\"Secret\":\"\"}")).Resolve("reg"));
    }

    [Fact]
    public void Other_failures_name_the_helper_exit_code_and_message()
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<RegistryCredentialsException>(() => WithStore(dir, Replying(3, "gpg: decryption failed: No secret key\n")).Resolve("reg"));

        Assert.Contains("docker-credential-fake", ex.Message);
        Assert.Contains("exit code 3: gpg: decryption failed: No secret key", ex.Message);
    }

    [Fact]
    public void Failure_message_falls_back_to_stderr_and_is_capped()
    {
        using var dir = new TempDirectory();
        string longMessage = new string('x', 5000);

        var ex = Assert.Throws<RegistryCredentialsException>(() => WithStore(dir, Replying(2, "", longMessage)).Resolve("reg"));

        Assert.Contains("exit code 2: xxx", ex.Message);
        Assert.True(ex.Message.Length < 1000, "message was " + ex.Message.Length + " characters");
    }

    [Fact]
    public void Failure_without_any_message_says_so()
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<RegistryCredentialsException>(() => WithStore(dir, Replying(4, "  \n")).Resolve("reg"));

        Assert.EndsWith("failed with exit code 4 and no message.", ex.Message);
    }

    [Theory]
    [InlineData("not json " + TestResolvers.Secret)]
    [InlineData("[\"" + TestResolvers.Secret + "\"]")]
    [InlineData("{\"Username\":\"alice\",\"Secret\":{\"v\":\"" + TestResolvers.Secret + "\"}}")]
    [InlineData("")]
    public void Unexpected_success_output_is_an_error_that_never_echoes_it(string stdout)
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<RegistryCredentialsException>(() => WithStore(dir, Replying(0, stdout)).Resolve("reg"));

        Assert.Contains("docker-credential-fake", ex.Message);
        Assert.Contains("not the expected JSON", ex.Message);
        Assert.DoesNotContain(Secret, ex.Message);
    }

    [Fact]
    public void Secret_without_username_is_an_error_without_the_secret()
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<RegistryCredentialsException>(() => WithStore(dir, Replying(0, "{\"Secret\":\"" + Secret + "\"}")).Resolve("reg"));

        Assert.Contains("a Secret but no Username", ex.Message);
        Assert.DoesNotContain(Secret, ex.Message);
    }

    [Fact]
    public void Username_without_secret_is_an_error()
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<RegistryCredentialsException>(() => WithStore(dir, Replying(0, "{\"Username\":\"alice\"}")).Resolve("reg"));

        Assert.Contains("an empty Secret", ex.Message);
    }

    [Fact]
    public void Runner_failures_are_reported_with_where_the_helper_was_configured()
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<RegistryCredentialsException>(() => ForConfig(dir, "{\"credsStore\":\"missing\"}").Resolve("reg"));

        Assert.StartsWith("credential helper docker-credential-missing (credsStore in Docker config ", ex.Message);
        Assert.IsType<RegistryCredentialsException>(ex.InnerException);
    }

    [Theory]
    [InlineData("../../bin/evil")]
    [InlineData("dir\\\\evil")]
    [InlineData(" pass")]
    public void Helper_names_that_are_not_plain_names_are_rejected_before_running(string name)
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner();

        var ex = Assert.Throws<RegistryCredentialsException>(() => ForConfig(dir, "{\"credsStore\":\"x\",\"credHelpers\":{\"reg\":\"" + name + "\"}}", runner).Resolve("reg"));

        Assert.Contains("is not valid", ex.Message);
        Assert.Contains("credHelpers[\"reg\"]", ex.Message);
        Assert.Empty(runner.Calls);
    }
}
