using Eci.ImagePull;

namespace Eci.ImagePull.Tests;

public class RegistryAddressTests
{
    [Theory]
    [InlineData("harbor", "harbor", null, "harbor")]
    [InlineData("Harbor.Corp:5000", "harbor.corp", 5000, "harbor.corp:5000")]
    [InlineData("a", "a", null, "a")]
    [InlineData("A1", "a1", null, "a1")]
    [InlineData("a-b.c--d.e", "a-b.c--d.e", null, "a-b.c--d.e")]
    [InlineData("1-2.example", "1-2.example", null, "1-2.example")]
    [InlineData("localhost:5000", "localhost", 5000, "localhost:5000")]
    [InlineData("192.168.1.10:5000", "192.168.1.10", 5000, "192.168.1.10:5000")]
    [InlineData("0.0.0.0", "0.0.0.0", null, "0.0.0.0")]
    [InlineData("255.255.255.255:1", "255.255.255.255", 1, "255.255.255.255:1")]
    [InlineData("harbor:65535", "harbor", 65535, "harbor:65535")]
    [InlineData("harbor:443", "harbor", 443, "harbor:443")]
    [InlineData("[::1]", "::1", null, "[::1]")]
    [InlineData("[::1]:5000", "::1", 5000, "[::1]:5000")]
    [InlineData("[FD00::AB]:5000", "fd00::ab", 5000, "[fd00::ab]:5000")]
    [InlineData("[::]", "::", null, "[::]")]
    [InlineData("[1::]", "1::", null, "[1::]")]
    [InlineData("[1:2:3:4:5:6:7::]", "1:2:3:4:5:6:7::", null, "[1:2:3:4:5:6:7::]")]
    [InlineData("[::2:3:4:5:6:7:8]", "::2:3:4:5:6:7:8", null, "[::2:3:4:5:6:7:8]")]
    [InlineData("[1:2:3:4:5:6:7:8]", "1:2:3:4:5:6:7:8", null, "[1:2:3:4:5:6:7:8]")]
    [InlineData("[0:0:0:0:0:0:0:1]:80", "0:0:0:0:0:0:0:1", 80, "[0:0:0:0:0:0:0:1]:80")]
    [InlineData("1.2.3", "1.2.3", null, "1.2.3")]
    [InlineData("1.2.3.4.5", "1.2.3.4.5", null, "1.2.3.4.5")]
    [InlineData("999", "999", null, "999")]
    public void Parse_accepts_valid_addresses(string text, string host, int? port, string canonical)
    {
        RegistryAddress address = RegistryAddress.Parse(text);

        Assert.Equal(host, address.Host);
        Assert.Equal(port, address.Port);
        Assert.Equal(canonical, address.ToString());
        Assert.True(RegistryAddress.TryParse(text, out RegistryAddress? tried));
        Assert.Equal(address, tried);
        Assert.Equal(address, RegistryAddress.Parse(address.ToString()));
    }

    [Fact]
    public void Parse_accepts_dns_length_limits_exactly()
    {
        string label63 = new string('a', 63);
        string host253 = string.Join(".", label63, label63, label63, new string('b', 61));
        Assert.Equal(253, host253.Length);

        Assert.Equal(label63, RegistryAddress.Parse(label63).Host);
        Assert.Equal(host253, RegistryAddress.Parse(host253).Host);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData(" harbor", "whitespace")]
    [InlineData("harbor\n", "whitespace")]
    [InlineData("http://harbor", "scheme 'http://'")]
    [InlineData("HTTPS://harbor:5000", "scheme 'HTTPS://'")]
    [InlineData("harbor/library", "path '/library'")]
    [InlineData("harbor/", "path '/'")]
    [InlineData("*.corp", "wildcard")]
    [InlineData("har_bor", "'_'")]
    [InlineData("har bor", "contains a space")]
    [InlineData("-harbor", "'-harbor'")]
    [InlineData("harbor-.corp", "'harbor-'")]
    [InlineData("a..b", "empty label")]
    [InlineData(".corp", "empty label")]
    [InlineData("corp.", "empty label")]
    [InlineData("harbor:", "port after ':' is empty")]
    [InlineData("harbor:0", "'0' is outside 1-65535")]
    [InlineData("harbor:00000", "'00000' is outside 1-65535")]
    [InlineData("harbor:65536", "'65536' is outside 1-65535")]
    [InlineData("harbor:70000", "'70000' is outside 1-65535")]
    [InlineData("harbor:123456789012", "outside 1-65535")]
    [InlineData("harbor:0443", "'0443' has a leading zero")]
    [InlineData("harbor:abc", "'abc' is not a decimal number")]
    [InlineData("harbor:+5", "'+5' is not a decimal number")]
    [InlineData("harbor:-1", "'-1' is not a decimal number")]
    [InlineData("harbor:5000:6000", "more than one ':'")]
    [InlineData("::1", "must be written in brackets")]
    [InlineData("fd00::1:5000", "must be written in brackets")]
    [InlineData("[::1", "no closing ']'")]
    [InlineData("[::1]x", "after the IPv6 literal")]
    [InlineData("[::1]5000", "after the IPv6 literal")]
    [InlineData("[]", "IPv6 literal between '[' and ']' is empty")]
    [InlineData("[]:5000", "IPv6 literal between '[' and ']' is empty")]
    [InlineData("[fe80::1%eth0]", "zone id")]
    [InlineData("[::ffff:1.2.3.4]", "dotted IPv4 form")]
    [InlineData("[fd00::g]", "'g'")]
    [InlineData("[fd00123123123]", "group longer than 4")]
    [InlineData("[12345::]", "group longer than 4")]
    [InlineData("[1::2::3]", "'::' more than once")]
    [InlineData("[:::]", "'::' more than once")]
    [InlineData("[1:2:3:4:5:6:7]", "7 groups instead of 8")]
    [InlineData("[1:2:3:4:5:6:7:8:9]", "more than 8 groups")]
    [InlineData("[1:2:3:4:5:6:7:8::]", "8 groups besides '::'")]
    [InlineData("[:1::]", "empty group")]
    [InlineData("[1:]", "empty group")]
    [InlineData("[::1]:", "port after ':' is empty")]
    [InlineData("[::1]:65536", "outside 1-65535")]
    [InlineData("256.1.1.1", "octet '256' above 255")]
    [InlineData("1.2.3.1000", "octet '1000' above 255")]
    [InlineData("01.2.3.4", "leading zero in '01'")]
    [InlineData("10.0.0.00", "leading zero in '00'")]
    [InlineData("harbor\uFF1A5000", "U+FF1A")]
    [InlineData("h\u0430rbor", "U+0430")]
    [InlineData("harbor\u0000", "U+0000")]
    [InlineData("harbor\u00A0.corp", "U+00A0")]
    [InlineData("user@harbor", "'@'")]
    [InlineData(":5000", "the host is empty")]
    [InlineData("http://", "no host")]
    public void Parse_rejects_invalid_addresses_naming_the_bad_part(string text, string expectedInMessage)
    {
        FormatException error = Assert.Throws<FormatException>(() => RegistryAddress.Parse(text));

        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
        Assert.False(RegistryAddress.TryParse(text, out RegistryAddress? address));
        Assert.Null(address);
    }

    [Fact]
    public void Parse_message_quotes_the_whole_address()
    {
        FormatException error = Assert.Throws<FormatException>(() => RegistryAddress.Parse("harbor:70000"));

        Assert.StartsWith("Invalid registry address 'harbor:70000': ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reports_every_problem_of_the_address()
    {
        FormatException error = Assert.Throws<FormatException>(() => RegistryAddress.Parse(" http://*.corp:0/v2"));

        Assert.Contains("whitespace", error.Message, StringComparison.Ordinal);
        Assert.Contains("scheme", error.Message, StringComparison.Ordinal);
        Assert.Contains("path '/v2'", error.Message, StringComparison.Ordinal);
        Assert.Contains("wildcard", error.Message, StringComparison.Ordinal);
        Assert.Contains("'0' is outside", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(200)]
    public void Parse_rejects_labels_over_63_characters(int labelLength)
    {
        FormatException error = Assert.Throws<FormatException>(() => RegistryAddress.Parse(new string('a', labelLength) + ".corp"));

        Assert.Contains("longer than 63", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_hosts_over_253_characters()
    {
        string label = new string('a', 63);
        string host254 = string.Join(".", label, label, label, new string('b', 62));
        Assert.Equal(254, host254.Length);

        FormatException error = Assert.Throws<FormatException>(() => RegistryAddress.Parse(host254));

        Assert.Contains("254 characters long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_null_throws_ArgumentNullException_and_TryParse_returns_false()
    {
        Assert.Throws<ArgumentNullException>(() => RegistryAddress.Parse(null!));
        Assert.False(RegistryAddress.TryParse(null, out RegistryAddress? address));
        Assert.Null(address);
    }

    [Fact]
    public void Equality_requires_the_same_port_exactly()
    {
        RegistryAddress bare = RegistryAddress.Parse("harbor");
        RegistryAddress https = RegistryAddress.Parse("harbor:443");

        Assert.NotEqual(bare, https);
        Assert.False(bare == https);
        Assert.True(bare != https);
        Assert.False(bare.Equals((object)https));
        Assert.True(bare.HasSameHost(https));
    }

    [Fact]
    public void Equality_ignores_host_case_and_agrees_with_the_hash_code()
    {
        RegistryAddress upper = RegistryAddress.Parse("HARBOR.Corp:5000");
        RegistryAddress lower = RegistryAddress.Parse("harbor.corp:5000");

        Assert.Equal(lower, upper);
        Assert.True(lower == upper);
        Assert.True(lower.Equals((object)upper));
        Assert.Equal(lower.GetHashCode(), upper.GetHashCode());
        Assert.Single(new HashSet<RegistryAddress> { lower, upper });
    }

    [Fact]
    public void Equality_handles_null()
    {
        RegistryAddress harbor = RegistryAddress.Parse("harbor");

        Assert.False(harbor.Equals(null));
        Assert.False(harbor.Equals((object?)null));
        Assert.False(harbor == null);
        Assert.True((RegistryAddress?)null == null);
        Assert.Throws<ArgumentNullException>(() => harbor.HasSameHost(null!));
    }

    [Theory]
    [InlineData("harbor", "harbor.corp", false)]
    [InlineData("Harbor:1", "harbor:2", true)]
    [InlineData("[::1]", "[::1]:5000", true)]
    [InlineData("[::1]", "[0:0:0:0:0:0:0:1]", false)]
    public void HasSameHost_compares_host_text_ignoring_ports(string left, string right, bool expected)
    {
        Assert.Equal(expected, RegistryAddress.Parse(left).HasSameHost(RegistryAddress.Parse(right)));
    }

    [Theory]
    [InlineData("harbor.corp", false, false)]
    [InlineData("1.2.3", false, false)]
    [InlineData("10.0.0.1", false, true)]
    [InlineData("10.0.0.1:5000", false, true)]
    [InlineData("[fd00::1]", true, true)]
    [InlineData("[::1]:5000", true, true)]
    public void Address_kind_flags(string text, bool isIPv6, bool isIPAddress)
    {
        RegistryAddress address = RegistryAddress.Parse(text);

        Assert.Equal(isIPv6, address.IsIPv6);
        Assert.Equal(isIPAddress, address.IsIPAddress);
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LocalHost:5000", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.0", true)]
    [InlineData("127.255.255.255:5000", true)]
    [InlineData("[::1]", true)]
    [InlineData("[::1]:5000", true)]
    [InlineData("[0:0:0:0:0:0:0:1]", true)]
    [InlineData("[0000::0001]", true)]
    [InlineData("126.255.255.255", false)]
    [InlineData("128.0.0.1", false)]
    [InlineData("[::]", false)]
    [InlineData("[::2]", false)]
    [InlineData("[1::1]", false)]
    [InlineData("localhost.corp", false)]
    [InlineData("mylocalhost", false)]
    [InlineData("127.corp", false)]
    public void IsLoopback(string text, bool expected)
    {
        Assert.Equal(expected, RegistryAddress.Parse(text).IsLoopback);
    }

    [Theory]
    [InlineData("10.0.0.0", true)]
    [InlineData("10.255.255.255:5000", true)]
    [InlineData("9.255.255.255", false)]
    [InlineData("11.0.0.0", false)]
    [InlineData("172.16.0.0", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.20.1.1", true)]
    [InlineData("172.15.255.255", false)]
    [InlineData("172.32.0.0", false)]
    [InlineData("192.168.0.0", true)]
    [InlineData("192.168.1.10:5000", true)]
    [InlineData("192.167.255.255", false)]
    [InlineData("192.169.0.0", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("[fc00::]", true)]
    [InlineData("[fc00::1]:5000", true)]
    [InlineData("[fd12:3456:789a::1]", true)]
    [InlineData("[FDFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF]", true)]
    [InlineData("[fbff::1]", false)]
    [InlineData("[fe00::1]", false)]
    [InlineData("[fe80::1]", false)]
    [InlineData("[::1]", false)]
    [InlineData("[c00::]", false)]
    [InlineData("10.corp", false)]
    [InlineData("localhost", false)]
    public void IsPrivateNetwork(string text, bool expected)
    {
        Assert.Equal(expected, RegistryAddress.Parse(text).IsPrivateNetwork);
    }

    public static IEnumerable<object[]> GarbageInputs()
    {
        yield return new object[] { "\u0000\u0001\u0002\u001B[31m" };
        yield return new object[] { "\r\n\t\v\f" };
        yield return new object[] { "harbor\uFF1A5000" };
        yield return new object[] { "\uFF48\uFF41\uFF52\uFF42\uFF4F\uFF52" };
        yield return new object[] { "\uD800" };
        yield return new object[] { "\uD83D\uDE00:5000" };
        yield return new object[] { "[" };
        yield return new object[] { "]" };
        yield return new object[] { "[]]" };
        yield return new object[] { "[[::1]]" };
        yield return new object[] { ":" };
        yield return new object[] { "://" };
        yield return new object[] { "/" };
        yield return new object[] { "*" };
        yield return new object[] { "-" };
        yield return new object[] { "." };
        yield return new object[] { "harbor:99999999999999999999999999" };
        yield return new object[] { new string('a', 100_000) };
        yield return new object[] { new string('.', 100_000) };
        yield return new object[] { new string(':', 100_000) };
        yield return new object[] { "[" + new string(':', 100_000) + "]" };
        yield return new object[] { "[" + string.Concat(Enumerable.Repeat("1:", 50_000)) + "]" };
        yield return new object[] { "harbor:" + new string('9', 100_000) };
        yield return new object[] { string.Concat(Enumerable.Repeat("a.", 50_000)) + "corp" };
        yield return new object[] { new string('\u0000', 100_000) };
        yield return new object[] { string.Concat(Enumerable.Repeat("http://", 15_000)) };
    }

    [Theory]
    [MemberData(nameof(GarbageInputs))]
    public void Garbage_never_throws_from_TryParse_and_only_FormatException_from_Parse(string text)
    {
        Assert.False(RegistryAddress.TryParse(text, out RegistryAddress? address));
        Assert.Null(address);

        FormatException error = Assert.Throws<FormatException>(() => RegistryAddress.Parse(text));
        Assert.True(error.Message.Length < 1_000, "the message stays short even for huge input");
        Assert.DoesNotContain('\u0000', error.Message);
    }

    [Fact]
    public void Long_input_is_truncated_in_messages()
    {
        FormatException error = Assert.Throws<FormatException>(() => RegistryAddress.Parse(new string('a', 100_000) + "_"));

        Assert.Contains("(100001 characters, truncated)", error.Message, StringComparison.Ordinal);
    }
}
