using Eci.ImagePull;

namespace Eci.ImagePull.Tests.Credentials;

public class RegistryCredentialTests
{
    [Fact]
    public void ToString_shows_user_and_source_but_never_the_password()
    {
        var credential = new RegistryCredential("alice", TestResolvers.Secret, "environment variables X and Y");

        string text = credential.ToString();

        Assert.Equal("RegistryCredential(user=alice, source=environment variables X and Y)", text);
        Assert.DoesNotContain(TestResolvers.Secret, text);
    }

    [Fact]
    public void Token_user_name_marks_an_identity_token()
    {
        var credential = new RegistryCredential("<token>", TestResolvers.Secret, "helper");

        Assert.True(credential.IsIdentityToken);
        Assert.Equal("RegistryCredential(user=<token>, identity token, source=helper)", credential.ToString());
    }

    [Fact]
    public void Ordinary_user_name_is_not_an_identity_token()
    {
        Assert.False(new RegistryCredential("alice", "pw", "somewhere").IsIdentityToken);
    }

    [Fact]
    public void Identity_token_can_be_stated_explicitly_with_a_real_user_name()
    {
        var credential = new RegistryCredential("00000000-0000-0000-0000-000000000000", "refresh", "config", isIdentityToken: true);

        Assert.True(credential.IsIdentityToken);
        Assert.Equal("00000000-0000-0000-0000-000000000000", credential.UserName);
    }

    [Fact]
    public void Empty_password_is_allowed_because_Docker_allows_user_colon_nothing()
    {
        Assert.Equal(string.Empty, new RegistryCredential("alice", string.Empty, "config").Password);
    }

    [Theory]
    [InlineData(null, "pw", "src", "userName")]
    [InlineData("", "pw", "src", "userName")]
    [InlineData("alice", null, "src", "password")]
    [InlineData("alice", "pw", null, "source")]
    [InlineData("alice", "pw", "", "source")]
    public void Constructor_rejects_missing_parts(string? userName, string? password, string? source, string parameter)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new RegistryCredential(userName!, password!, source!));

        Assert.Equal(parameter, ex.ParamName);
    }
}
