using System.Text;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

public sealed class TokenResponseTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("{\"token\":\"t1\",\"expires_in\":300}", "t1", 300)]
    [InlineData("{\"access_token\":\"a1\"}", "a1", 60)]
    [InlineData("{\"token\":\"\",\"access_token\":\"a2\",\"expires_in\":10}", "a2", 60)]
    [InlineData("{\"token\":\"t3\",\"expires_in\":600,\"issued_at\":\"2025-01-01T11:59:00Z\"}", "t3", 540)]
    public void Token_and_lifetime_are_read_with_the_spec_defaults(string json, string token, int secondsLeft)
    {
        var parsed = TokenResponse.Parse(Encoding.UTF8.GetBytes(json), Now);
        Assert.Equal(token, parsed!.Value.Token);
        Assert.Equal(Now.AddSeconds(secondsLeft), parsed.Value.Expires);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("not json")]
    [InlineData("{\"token\":42}")]
    public void Responses_without_a_token_give_null(string body) =>
        Assert.Null(TokenResponse.Parse(Encoding.UTF8.GetBytes(body), Now));
}
