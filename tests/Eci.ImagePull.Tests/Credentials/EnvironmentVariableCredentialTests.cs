using Eci.ImagePull;
using static Eci.ImagePull.Tests.Credentials.TestResolvers;

namespace Eci.ImagePull.Tests.Credentials;

public class EnvironmentVariableCredentialTests
{
    [Theory]
    [InlineData("192.168.1.10:5000", "ECI_REGISTRY_192_168_1_10__COLON_5000")]
    [InlineData("docker.io", "ECI_REGISTRY_DOCKER_IO")]
    [InlineData("index.docker.io", "ECI_REGISTRY_DOCKER_IO")]
    [InlineData("Reg.Example.com", "ECI_REGISTRY_REG_EXAMPLE_COM")]
    public void Both_variables_give_a_credential(string registry, string prefix)
    {
        var resolver = Resolver(new Dictionary<string, string>
        {
            [prefix + "_USERNAME"] = "alice",
            [prefix + "_PASSWORD"] = Secret,
        });

        RegistryCredential credential = resolver.Resolve(registry);

        Assert.Equal("alice", credential.UserName);
        Assert.Equal(Secret, credential.Password);
        Assert.False(credential.IsIdentityToken);
        Assert.Equal("environment variables " + prefix + "_USERNAME and " + prefix + "_PASSWORD", credential.Source);
    }

    [Fact]
    public void Only_the_user_name_set_is_an_error_naming_the_missing_password_variable()
    {
        var resolver = Resolver(new Dictionary<string, string> { ["ECI_REGISTRY_REG__COLON_5000_USERNAME"] = "alice" });

        var ex = Assert.Throws<RegistryCredentialsException>(() => resolver.Resolve("reg:5000"));

        Assert.Contains("ECI_REGISTRY_REG__COLON_5000_PASSWORD is not", ex.Message);
    }

    [Fact]
    public void Only_the_password_set_is_an_error_naming_the_missing_user_variable_without_the_secret()
    {
        var resolver = Resolver(new Dictionary<string, string> { ["ECI_REGISTRY_REG__COLON_5000_PASSWORD"] = Secret });

        var ex = Assert.Throws<RegistryCredentialsException>(() => resolver.Resolve("reg:5000"));

        Assert.Contains("ECI_REGISTRY_REG__COLON_5000_USERNAME is not", ex.Message);
        Assert.DoesNotContain(Secret, ex.Message);
    }

    [Fact]
    public void Empty_values_count_as_unset()
    {
        var resolver = Resolver(new Dictionary<string, string>
        {
            ["ECI_REGISTRY_REG__COLON_5000_USERNAME"] = string.Empty,
            ["ECI_REGISTRY_REG__COLON_5000_PASSWORD"] = string.Empty,
        });

        Assert.Throws<RegistryCredentialsNotFoundException>(() => resolver.Resolve("reg:5000"));
    }

    [Fact]
    public void Variables_of_another_registry_are_not_used()
    {
        var resolver = Resolver(new Dictionary<string, string>
        {
            ["ECI_REGISTRY_REG_USERNAME"] = "alice",
            ["ECI_REGISTRY_REG_PASSWORD"] = Secret,
        });

        Assert.False(resolver.TryResolve("reg:5000", out RegistryCredential? credential));
        Assert.Null(credential);
    }

    [Fact]
    public void Variables_are_read_at_every_lookup()
    {
        var environment = new Dictionary<string, string>();
        var resolver = Resolver(environment);
        Assert.False(resolver.TryResolve("reg", out _));

        environment["ECI_REGISTRY_REG_USERNAME"] = "late";
        environment["ECI_REGISTRY_REG_PASSWORD"] = Secret;

        Assert.Equal("late", resolver.Resolve("reg").UserName);
    }
}
