using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

public sealed class AuthenticationChallengeTests
{
    [Fact]
    public void Bearer_challenge_parameters_are_read_with_quotes_and_commas_inside()
    {
        var challenge = AuthenticationChallenge.SelectFrom(new[]
        {
            "Bearer realm=\"https://auth.example/token\",service=\"registry.example\",scope=\"repository:team/app:pull,push\"",
        });
        Assert.NotNull(challenge);
        Assert.True(challenge!.IsBearer);
        Assert.Equal("https://auth.example/token", challenge.Realm);
        Assert.Equal("registry.example", challenge.Service);
        Assert.Equal("repository:team/app:pull,push", challenge.Scope);
    }

    [Theory]
    [InlineData("Basic realm=\"Registry Realm\"", "Basic")]
    [InlineData("basic realm=x", "basic")]
    [InlineData("Negotiate, Bearer realm=\"https://a/t\"", "Bearer")]
    [InlineData("Digest realm=\"x\", nonce=\"y\", Basic realm=\"z\"", "Basic")]
    public void The_first_basic_or_bearer_challenge_is_chosen(string header, string scheme)
    {
        var challenge = AuthenticationChallenge.SelectFrom(new[] { header });
        Assert.Equal(scheme, challenge!.Scheme);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Negotiate")]
    [InlineData("Digest realm=\"x\"")]
    public void Headers_without_basic_or_bearer_give_null(string header) =>
        Assert.Null(AuthenticationChallenge.SelectFrom(new[] { header }));

    [Fact]
    public void Escaped_quotes_in_values_are_unescaped()
    {
        var challenge = AuthenticationChallenge.ParseAll("Basic realm=\"say \\\"hi\\\"\"").Single();
        Assert.Equal("say \"hi\"", challenge.Realm);
    }
}
