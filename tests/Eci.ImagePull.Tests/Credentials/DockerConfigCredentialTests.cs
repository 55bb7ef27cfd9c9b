using Eci.ImagePull;
using static Eci.ImagePull.Tests.Credentials.TestResolvers;

namespace Eci.ImagePull.Tests.Credentials;

public class DockerConfigCredentialTests
{
    [Fact]
    public void Auth_field_is_base64_of_user_colon_password()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg:5000\":{\"auth\":\"" + Base64("alice:" + Secret) + "\"}}}");

        RegistryCredential credential = resolver.Resolve("reg:5000");

        Assert.Equal("alice", credential.UserName);
        Assert.Equal(Secret, credential.Password);
        Assert.Equal("Docker config " + System.IO.Path.Combine(dir.Path, "config.json") + " (auths[\"reg:5000\"])", credential.Source);
    }

    [Fact]
    public void Auth_splits_at_the_first_colon_so_passwords_may_contain_colons()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":{\"auth\":\"" + Base64("alice:pa:ss:word") + "\"}}}");

        RegistryCredential credential = resolver.Resolve("reg");

        Assert.Equal("alice", credential.UserName);
        Assert.Equal("pa:ss:word", credential.Password);
    }

    [Fact]
    public void Auth_password_has_trailing_NULs_trimmed()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":{\"auth\":\"" + Base64("alice:pw\0\0") + "\"}}}");

        Assert.Equal("pw", resolver.Resolve("reg").Password);
    }

    [Fact]
    public void Auth_wins_over_username_and_password_fields()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":{\"auth\":\"" + Base64("fromauth:pw1") + "\",\"username\":\"fromfield\",\"password\":\"pw2\"}}}");

        Assert.Equal("fromauth", resolver.Resolve("reg").UserName);
    }

    [Fact]
    public void Username_and_password_fields_work_without_auth()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":{\"username\":\"bob\",\"password\":\"" + Secret + "\"}}}");

        RegistryCredential credential = resolver.Resolve("reg");

        Assert.Equal("bob", credential.UserName);
        Assert.Equal(Secret, credential.Password);
    }

    [Fact]
    public void Identitytoken_gives_an_identity_token_credential_keeping_the_user_from_auth()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":{\"auth\":\"" + Base64("carol:") + "\",\"identitytoken\":\"" + Secret + "\"}}}");

        RegistryCredential credential = resolver.Resolve("reg");

        Assert.True(credential.IsIdentityToken);
        Assert.Equal("carol", credential.UserName);
        Assert.Equal(Secret, credential.Password);
    }

    [Fact]
    public void Identitytoken_alone_uses_the_token_user_name()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":{\"identitytoken\":\"" + Secret + "\"}}}");

        RegistryCredential credential = resolver.Resolve("reg");

        Assert.True(credential.IsIdentityToken);
        Assert.Equal("<token>", credential.UserName);
    }

    [Fact]
    public void Property_names_match_case_insensitively_like_Docker()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"Auths\":{\"reg\":{\"Auth\":\"" + Base64("alice:pw") + "\"}}}");

        Assert.Equal("alice", resolver.Resolve("reg").UserName);
    }

    [Theory]
    [InlineData("https://reg:5000/v1/")]
    [InlineData("http://reg:5000")]
    [InlineData("REG:5000")]
    [InlineData("reg:5000/some/path")]
    public void Keys_match_after_stripping_scheme_and_path(string key)
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"" + key + "\":{\"auth\":\"" + Base64("alice:pw") + "\"}}}");

        Assert.Equal("alice", resolver.Resolve("reg:5000").UserName);
    }

    [Fact]
    public void Exact_key_wins_over_a_loosely_matching_key()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir,
            "{\"auths\":{\"https://reg:5000/v1/\":{\"auth\":\"" + Base64("loose:pw") + "\"},\"reg:5000\":{\"auth\":\"" + Base64("exact:pw") + "\"}}}");

        Assert.Equal("exact", resolver.Resolve("reg:5000").UserName);
    }

    [Fact]
    public void Port_is_part_of_the_key()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg:5000\":{\"auth\":\"" + Base64("alice:pw") + "\"}}}");

        Assert.False(resolver.TryResolve("reg", out _));
    }

    [Theory]
    [InlineData("docker.io", "https://index.docker.io/v1/")]
    [InlineData("index.docker.io", "https://index.docker.io/v1/")]
    [InlineData("registry-1.docker.io", "https://index.docker.io/v1/")]
    [InlineData("docker.io", "index.docker.io")]
    [InlineData("docker.io", "docker.io")]
    [InlineData("docker.io", "https://index.docker.io/v2/")]
    public void Docker_Hub_finds_its_historical_key_and_its_host_names(string registry, string key)
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"" + key + "\":{\"auth\":\"" + Base64("hubuser:pw") + "\"}}}");

        Assert.Equal("hubuser", resolver.Resolve(registry).UserName);
    }

    [Fact]
    public void Docker_Hub_prefers_the_historical_key()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir,
            "{\"auths\":{\"docker.io\":{\"auth\":\"" + Base64("short:pw") + "\"},\"https://index.docker.io/v1/\":{\"auth\":\"" + Base64("historical:pw") + "\"}}}");

        Assert.Equal("historical", resolver.Resolve("docker.io").UserName);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"email\":\"a@example.com\"}")]
    [InlineData("{\"registrytoken\":\"opaque\"}")]
    [InlineData("null")]
    public void Entries_without_a_user_credential_are_skipped(string entry)
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":" + entry + "}}");

        Assert.Throws<RegistryCredentialsNotFoundException>(() => resolver.Resolve("reg"));
    }

    [Fact]
    public void An_empty_entry_under_the_exact_key_does_not_hide_a_loosely_matching_one()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":{},\"https://reg/v1/\":{\"auth\":\"" + Base64("alice:pw") + "\"}}}");

        Assert.Equal("alice", resolver.Resolve("reg").UserName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("{}")]
    [InlineData("{\"auths\":{}}")]
    [InlineData("{\"auths\":null,\"credsStore\":\"\"}")]
    [InlineData("{\"psFormat\":\"table\",\"currentContext\":\"default\"}")]
    public void Configs_without_credentials_are_not_errors(string json)
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, json);

        Assert.Throws<RegistryCredentialsNotFoundException>(() => resolver.Resolve("reg"));
    }

    [Fact]
    public void A_missing_config_file_is_not_an_error()
    {
        using var dir = new TempDirectory();
        var resolver = Resolver(dockerConfigPath: System.IO.Path.Combine(dir.Path, "absent", "config.json"));

        var ex = Assert.Throws<RegistryCredentialsNotFoundException>(() => resolver.Resolve("reg"));

        Assert.Contains(ex.SearchedLocations, place => place.Contains("absent") && place.Contains("does not exist"));
    }

    [Theory]
    [InlineData("{\"auths\":{\"reg\":{\"auth\":\"%%%not-base64\"}}}", "auths[\"reg\"].auth is not valid base64")]
    [InlineData("{\"auths\":{\"reg\":{\"auth\":\"BASE64:nocolon\"}}}", "auths[\"reg\"].auth does not decode to \"user:password\"")]
    [InlineData("{\"auths\":{\"reg\":{\"auth\":\"BASE64::" + TestResolvers.Secret + "\"}}}", "auths[\"reg\"].auth decodes to an empty user name")]
    [InlineData("{\"auths\":{\"reg\":{\"auth\":42}}}", "auths[\"reg\"].auth is not a string")]
    [InlineData("{\"auths\":{\"reg\":{\"username\":\"alice\"}}}", "auths[\"reg\"] has a username but no password")]
    [InlineData("{\"auths\":{\"reg\":{\"password\":\"" + TestResolvers.Secret + "\"}}}", "auths[\"reg\"] has a password but no username")]
    [InlineData("{\"auths\":{\"reg\":\"" + TestResolvers.Secret + "\"}}", "auths[\"reg\"] is not a JSON object")]
    [InlineData("{\"auths\":[]}", "auths is not a JSON object")]
    [InlineData("{\"credHelpers\":{\"reg\":1}}", "credHelpers[\"reg\"] is not a string")]
    [InlineData("{\"credsStore\":true}", "credsStore is not a string")]
    [InlineData("[\"" + TestResolvers.Secret + "\"]", "the document is not a JSON object")]
    [InlineData("{\"auths\":{\"reg\":{\"auth\":\"" + TestResolvers.Secret + "\"", "not valid JSON (line 1")]
    [InlineData("{\"auths\":\n{\"reg\": " + TestResolvers.Secret + "}}", "not valid JSON (line 2")]
    public void Malformed_configs_name_the_file_and_the_part_but_never_the_secret(string json, string expected)
    {
        json = json.Replace("BASE64:nocolon", Base64("alice-" + Secret)).Replace("BASE64::" + Secret, Base64(":" + Secret));
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, json);

        var ex = Assert.Throws<RegistryCredentialsException>(() => resolver.Resolve("reg"));

        string path = System.IO.Path.Combine(dir.Path, "config.json");
        Assert.StartsWith("Docker config " + path + ": ", ex.Message);
        Assert.Contains(expected, ex.Message);
        Assert.DoesNotContain(Secret, ex.Message);
    }

    [Fact]
    public void A_broken_entry_of_another_registry_does_not_spoil_this_lookup()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{\"auths\":{\"other\":{\"auth\":\"%%%\"},\"reg\":{\"auth\":\"" + Base64("alice:pw") + "\"}}}");

        Assert.Equal("alice", resolver.Resolve("reg").UserName);
    }

    [Fact]
    public void DOCKER_AUTH_CONFIG_is_read_like_a_config_file()
    {
        var resolver = Resolver(dockerAuthConfigJson: "{\"auths\":{\"reg\":{\"auth\":\"" + Base64("ci:" + Secret) + "\"}}}");

        RegistryCredential credential = resolver.Resolve("reg");

        Assert.Equal("ci", credential.UserName);
        Assert.Equal("DOCKER_AUTH_CONFIG environment variable (auths[\"reg\"])", credential.Source);
    }

    [Fact]
    public void Malformed_DOCKER_AUTH_CONFIG_is_named_in_the_error()
    {
        var resolver = Resolver(dockerAuthConfigJson: "{\"auths\": " + Secret);

        var ex = Assert.Throws<RegistryCredentialsException>(() => resolver.Resolve("reg"));

        Assert.StartsWith("DOCKER_AUTH_CONFIG environment variable: not valid JSON", ex.Message);
        Assert.DoesNotContain(Secret, ex.Message);
    }

    [Fact]
    public void The_file_is_read_at_every_lookup()
    {
        using var dir = new TempDirectory();
        var resolver = ForConfig(dir, "{}");
        Assert.False(resolver.TryResolve("reg", out _));

        dir.Write("config.json", "{\"auths\":{\"reg\":{\"auth\":\"" + Base64("after-login:pw") + "\"}}}");

        Assert.Equal("after-login", resolver.Resolve("reg").UserName);
    }
}
