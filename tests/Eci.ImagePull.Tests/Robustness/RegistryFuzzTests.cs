using Eci.ImagePull;
using static Eci.ImagePull.Tests.Robustness.ImageReferenceFuzzTests;

namespace Eci.ImagePull.Tests.Robustness;

/// <summary>
/// Properties of <see cref="RegistryAddress"/> and <see cref="RegistryList"/> over generated input: <c>TryParse</c> and
/// <c>RegistryList.Parse</c> never throw, <c>RegistryAddress.Parse</c> throws only <see cref="FormatException"/>, accepted
/// addresses are ASCII and round-trip, a list keeps every character of its value, and its canonical form is stable.
/// </summary>
public class RegistryFuzzTests
{
    public static readonly string[] AddressSeeds =
    {
        "harbor.lab.local",
        "harbor.lab.local:80",
        "192.168.1.10:5000",
        "registry.corp.example:8443",
        "localhost:5000",
        "[::1]",
        "[::1]:5000",
        "[fd00::1]:5000",
        "[2001:db8:0:0:0:0:0:1]:443",
        "registry-vpc.cn-hangzhou.aliyuncs.com",
        "a-b.c-d.example:65535",
    };

    public static readonly string[] ListSeeds =
    {
        "harbor.lab.local,192.168.1.10:5000,reg.test.com:80",
        " harbor.lab.local , https://registry.corp.example:8443/v2/ ,,",
        "[::1]:5000,[fd00::1],*.corp,harbor:0443,harbor:99999",
        "a,a,A,a:80,http://a",
        string.Empty,
    };

    public static readonly string[] IPv6Forms =
    {
        "[::1]", "[::1]:5000", "[::]", "[fe80::1%eth0]", "[fe80::1%25eth0]:5000", "[::ffff:192.168.1.1]",
        "[2001:0db8:0000:0000:0000:0000:0000:0001]", "[FD00::1]", "[1:2:3:4:5:6:7:8:9]", "[1::2::3]", "[12345::]",
        "[:::]", "[::1", "::1]", "[::1]x", "[]", "[ ::1 ]", "[::1]:0", "[::1]:65536", "[::1]:", "::1", "fe80::1",
        "[1:2:3:4:5:6:7::8]", "[::1:2:3:4:5:6:7]", "[1:2:3:4:5:6:7:8]", "[0:0:0:0:0:0:0:1]:05000",
        "[\uFF1A\uFF1A1]", "[::1]\uFF1A5000", "[::\uFF11]",
    };

    [Fact]
    public void Address_mutations_keep_the_contract() =>
        FuzzText.WithinHangGuard(() =>
        {
            foreach (string text in FuzzText.Mutations(AddressSeeds, 15_000, seed: 11).Concat(FuzzText.RandomStrings(10_000, 40, seed: 12)))
            {
                AssertAddressContract(text);
            }
        });

    [Fact]
    public void Look_alikes_and_control_characters_are_never_accepted_in_an_address() =>
        FuzzText.WithinHangGuard(() =>
        {
            foreach (string text in AddressSeeds.SelectMany(FuzzText.Substitutions))
            {
                AssertAddressContract(text);
                Assert.False(RegistryAddress.TryParse(text, out _), Show(text));
            }
        });

    [Fact]
    public void IPv6_forms_keep_the_contract_and_zone_ids_are_refused()
    {
        foreach (string text in IPv6Forms)
        {
            AssertAddressContract(text);
        }

        Assert.True(RegistryAddress.TryParse("[::1]:5000", out RegistryAddress? loopback));
        Assert.True(loopback.IsIPv6 && loopback.IsLoopback);
        Assert.False(RegistryAddress.TryParse("[fe80::1%eth0]", out _));
        Assert.False(RegistryAddress.TryParse("fe80::1", out _));
        Assert.False(RegistryAddress.TryParse("[1:2:3:4:5:6:7:8:9]", out _));
    }

    [Fact]
    public void List_mutations_never_throw_and_keep_the_list_properties() =>
        FuzzText.WithinHangGuard(() =>
        {
            IEnumerable<string> inputs = FuzzText.Mutations(ListSeeds, 10_000, seed: 13)
                .Concat(FuzzText.RandomStrings(5_000, 80, seed: 14))
                .Concat(ListSeeds.SelectMany(FuzzText.Substitutions))
                .Concat(IPv6Forms.Select(form => "harbor," + form + ",other:5000"));
            foreach (string text in inputs)
            {
                AssertListContract(text);
            }
        });

    public static TheoryData<string, string> MegabyteAddresses() => new()
    {
        { "random", FuzzText.RandomMegabyte(seed: 15) },
        { "long host", FuzzText.Repeat("a.", FuzzText.OneMegabyte) + "com" },
        { "long label", new string('a', FuzzText.OneMegabyte) },
        { "long port", "harbor:" + new string('1', FuzzText.OneMegabyte) },
        { "ipv6 groups", "[" + FuzzText.Repeat("0:", FuzzText.OneMegabyte) + "1]:5000" },
        { "ipv6 compressions", "[" + FuzzText.Repeat("::", FuzzText.OneMegabyte) + "]" },
        { "scheme and path", "https://" + FuzzText.Repeat("a/", FuzzText.OneMegabyte) },
        { "wildcards", FuzzText.Repeat("*.", FuzzText.OneMegabyte) + "corp" },
        { "look-alikes", FuzzText.Repeat(new string(FuzzText.LookAlikes), FuzzText.OneMegabyte) },
    };

    [Theory]
    [MemberData(nameof(MegabyteAddresses), DisableDiscoveryEnumeration = true)]
    public void A_megabyte_address_completes_and_keeps_the_contract(string label, string text) =>
        FuzzText.WithinHangGuard(() =>
        {
            AssertAddressContract(text);
            FormatException error = Assert.Throws<FormatException>(() => RegistryAddress.Parse(text));
            Assert.True(error.Message.Length < 4_000, label + ": message of " + error.Message.Length + " characters");
        });

    public static TheoryData<string, string> MegabyteLists() => new()
    {
        { "random", FuzzText.RandomMegabyte(seed: 16) },
        { "one huge entry", new string('a', FuzzText.OneMegabyte) },
        { "many distinct entries", string.Join(",", Enumerable.Range(0, 60_000).Select(i => "h" + i + ".corp:5000")) },
        { "many duplicates", FuzzText.Repeat("harbor.lab.local:80,", FuzzText.OneMegabyte) },
        { "many problems", FuzzText.Repeat(" http://A.corp:0443/x ,", FuzzText.OneMegabyte) },
        { "many empty entries", FuzzText.Repeat(", ", FuzzText.OneMegabyte / 4) },
        { "look-alike commas", FuzzText.Repeat("harbor\uFF0Cother\u201A", FuzzText.OneMegabyte) },
    };

    [Theory]
    [MemberData(nameof(MegabyteLists), DisableDiscoveryEnumeration = true)]
    public void A_megabyte_list_completes_and_keeps_the_list_properties(string label, string text) =>
        FuzzText.WithinHangGuard(() =>
        {
            AssertListContract(text);
            Assert.True(RegistryList.Parse(text).Count > 0, label);
        });

    [Fact]
    public void Null_is_the_only_argument_error()
    {
        Assert.False(RegistryAddress.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => RegistryAddress.Parse(null!));
        Assert.Same(RegistryList.Empty, RegistryList.Parse(null));
    }

    private static void AssertAddressContract(string text)
    {
        bool valid;
        RegistryAddress? address;
        try
        {
            valid = RegistryAddress.TryParse(text, out address);
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException("TryParse threw for " + Show(text) + ": " + ex);
        }

        try
        {
            RegistryAddress parsed = RegistryAddress.Parse(text);
            Assert.True(valid, "Parse accepted what TryParse refused: " + Show(text));
            Assert.Equal(address, parsed);
        }
        catch (FormatException)
        {
            Assert.False(valid, "Parse refused what TryParse accepted: " + Show(text));
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException("Parse threw " + ex.GetType().Name + " for " + Show(text) + ": " + ex);
        }

        if (valid)
        {
            Assert.True(text.All(c => c > ' ' && c < '\u007F'), "accepted non-ASCII or invisible text: " + Show(text));
            string canonical = address!.ToString();
            Assert.Equal(address, RegistryAddress.Parse(canonical));
            Assert.Equal(canonical, RegistryAddress.Parse(canonical).ToString());
            Assert.Equal(text, canonical, ignoreCase: true);
        }
    }

    private static void AssertListContract(string text)
    {
        RegistryList list;
        string canonical;
        try
        {
            list = RegistryList.Parse(text);
            canonical = list.ToString();
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException("RegistryList threw for " + Show(text) + ": " + ex);
        }

        // Lossless: the entries are the value split at every ',' with their offsets. Plain checks in the loop (a
        // megabyte list has tens of thousands of entries), one assertion naming the first entry that breaks a rule.
        Assert.Equal(text, string.Join(",", list.Entries.Select(entry => entry.Text)));
        int offset = 0;
        foreach (RegistryListEntry entry in list.Entries)
        {
            string? broken =
                entry.Start != offset ? "offset " + entry.Start + " instead of " + offset
                : ((entry.Problems & ~RegistryListProblems.Duplicate) == RegistryListProblems.None) != (entry.Address != null) ? "Address set despite problems (or missing without)"
                : entry.IsValid != (entry.Message == null) ? "Message set for a valid entry (or missing for an invalid one)"
                : entry.Address != null && !entry.Address.Equals(entry.NormalizedAddress) ? "NormalizedAddress differs from Address"
                : entry.Message != null && entry.Message.Length >= 2_000 ? "message of " + entry.Message.Length + " characters"
                : null;
            if (broken != null)
            {
                Assert.Fail(broken + " for entry " + Show(entry.Text) + " of " + Show(text));
            }

            offset += entry.Length + 1;
        }

        // The canonical value (what the ECI005 fix writes) is a fixed point: fixing it again changes nothing.
        RegistryList reparsed = RegistryList.Parse(canonical);
        Assert.True(canonical == reparsed.ToString(), "canonical form is not stable for " + Show(text) + ": " + Show(canonical));
        Assert.DoesNotContain(reparsed.Entries, entry => (entry.Problems & (RegistryListProblems.Duplicate | RegistryListProblems.Empty)) != 0);

        string merged = RegistryList.Merge(text, "harbor.lab.local:5000");
        Assert.Contains(RegistryList.Parse(merged).Entries, entry => Equals(entry.Address, RegistryAddress.Parse("harbor.lab.local:5000")));
    }
}
