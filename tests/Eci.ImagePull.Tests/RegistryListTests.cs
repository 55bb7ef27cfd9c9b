using Eci.ImagePull;

namespace Eci.ImagePull.Tests;

public class RegistryListTests
{
    private static RegistryAddress Address(string text) => RegistryAddress.Parse(text);

    [Fact]
    public void Null_gives_the_empty_list()
    {
        RegistryList list = RegistryList.Parse(null);

        Assert.Same(RegistryList.Empty, list);
        Assert.Null(list.Value);
        Assert.Empty(list.Entries);
        Assert.Empty(list);
        Assert.False(list.HasProblems);
        Assert.Equal(string.Empty, list.ToString());
    }

    [Fact]
    public void Empty_string_gives_a_list_without_entries()
    {
        RegistryList list = RegistryList.Parse(string.Empty);

        Assert.Equal(string.Empty, list.Value);
        Assert.Empty(list);
        Assert.False(list.HasProblems);
        Assert.Equal(string.Empty, list.ToString());
    }

    [Fact]
    public void Documented_example_value_is_valid()
    {
        RegistryList list = RegistryList.Parse("harbor.pre.com,192.168.1.10:5000,reg.test.com:80");

        Assert.False(list.HasProblems);
        Assert.Equal(3, list.Count);
        Assert.All(list, entry => Assert.True(entry.IsValid));
        Assert.All(list, entry => Assert.Null(entry.Message));
        Assert.Equal(new[] { "harbor.pre.com", "192.168.1.10:5000", "reg.test.com:80" }, list.Select(entry => entry.Address!.ToString()));
        Assert.Equal(list.Select(e => e.Address), list.Select(e => e.NormalizedAddress));
    }

    [Theory]
    [InlineData("harbor,", 1, RegistryListProblems.Empty)]
    [InlineData(",harbor", 0, RegistryListProblems.Empty)]
    [InlineData("a,,b", 1, RegistryListProblems.Empty)]
    [InlineData("a, ,b", 1, RegistryListProblems.Empty)]
    [InlineData(" ", 0, RegistryListProblems.Empty)]
    [InlineData(" harbor", 0, RegistryListProblems.SurroundingWhitespace)]
    [InlineData("harbor\t", 0, RegistryListProblems.SurroundingWhitespace)]
    [InlineData("a, b", 1, RegistryListProblems.SurroundingWhitespace)]
    [InlineData("http://harbor", 0, RegistryListProblems.Scheme)]
    [InlineData("https://harbor:5000", 0, RegistryListProblems.Scheme)]
    [InlineData("oci://harbor", 0, RegistryListProblems.Scheme)]
    [InlineData("harbor/library", 0, RegistryListProblems.Path)]
    [InlineData("harbor:5000/", 0, RegistryListProblems.Path)]
    [InlineData("*.corp", 0, RegistryListProblems.Wildcard)]
    [InlineData("*", 0, RegistryListProblems.Wildcard)]
    [InlineData("harbor.*:5000", 0, RegistryListProblems.Wildcard)]
    [InlineData("har_bor", 0, RegistryListProblems.InvalidHost)]
    [InlineData("::1", 0, RegistryListProblems.InvalidHost)]
    [InlineData("harbor\uFF1A5000", 0, RegistryListProblems.InvalidHost)]
    [InlineData("[fe80::1%eth0]", 0, RegistryListProblems.InvalidHost)]
    [InlineData("harbor:99999", 0, RegistryListProblems.InvalidPort)]
    [InlineData("harbor:", 0, RegistryListProblems.InvalidPort)]
    [InlineData("harbor:0", 0, RegistryListProblems.InvalidPort)]
    [InlineData("harbor:https", 0, RegistryListProblems.InvalidPort)]
    [InlineData("harbor,harbor", 1, RegistryListProblems.Duplicate)]
    [InlineData("harbor,HARBOR", 1, RegistryListProblems.Duplicate)]
    [InlineData("[::1]:5000,[::1]:5000", 1, RegistryListProblems.Duplicate)]
    public void Each_problem_kind_is_recorded(string value, int index, RegistryListProblems expected)
    {
        RegistryList list = RegistryList.Parse(value);

        RegistryListEntry entry = list[index];
        Assert.Equal(expected, entry.Problems);
        Assert.False(entry.IsValid);
        Assert.True(list.HasProblems);
        Assert.NotNull(entry.Message);
    }

    [Theory]
    [InlineData(" http://harbor:5000/v2 ", RegistryListProblems.SurroundingWhitespace | RegistryListProblems.Scheme | RegistryListProblems.Path, "harbor:5000")]
    [InlineData("https://har_bor/x", RegistryListProblems.Scheme | RegistryListProblems.Path | RegistryListProblems.InvalidHost, null)]
    [InlineData("http://*.corp:99999/x", RegistryListProblems.Scheme | RegistryListProblems.Path | RegistryListProblems.Wildcard | RegistryListProblems.InvalidPort, null)]
    [InlineData("*_x.corp", RegistryListProblems.Wildcard | RegistryListProblems.InvalidHost, null)]
    [InlineData(" har_bor:0 ", RegistryListProblems.SurroundingWhitespace | RegistryListProblems.InvalidHost | RegistryListProblems.InvalidPort, null)]
    [InlineData("\tHTTP://[FD00::1]:5000/", RegistryListProblems.SurroundingWhitespace | RegistryListProblems.Scheme | RegistryListProblems.Path, "[fd00::1]:5000")]
    public void Combined_problems_are_all_recorded(string value, RegistryListProblems expected, string? normalized)
    {
        RegistryListEntry entry = RegistryList.Parse(value).Single();

        Assert.Equal(expected, entry.Problems);
        Assert.Null(entry.Address);
        Assert.Equal(normalized, entry.NormalizedAddress?.ToString());
    }

    [Fact]
    public void Duplicate_is_also_found_after_normalization_and_keeps_the_exact_address()
    {
        RegistryList list = RegistryList.Parse("harbor, harbor,harbor,http://harbor,harbor:5000");

        Assert.Equal(RegistryListProblems.None, list[0].Problems);
        Assert.Equal(RegistryListProblems.SurroundingWhitespace | RegistryListProblems.Duplicate, list[1].Problems);
        Assert.Null(list[1].Address);
        Assert.Equal(RegistryListProblems.Duplicate, list[2].Problems);
        Assert.Equal(Address("harbor"), list[2].Address);
        Assert.Equal(RegistryListProblems.Scheme | RegistryListProblems.Duplicate, list[3].Problems);
        Assert.Equal(RegistryListProblems.None, list[4].Problems);
    }

    [Fact]
    public void Address_is_only_set_for_entries_valid_as_written()
    {
        RegistryList list = RegistryList.Parse("a,b ,http://c,d/x,*.e,f:0,g,,g");

        Assert.Equal(new[] { "a", null, null, null, null, null, "g", null, "g" }, list.Select(e => e.Address?.ToString()));
        Assert.Equal(new[] { "a", "b", "c", "d", null, null, "g", null, "g" }, list.Select(e => e.NormalizedAddress?.ToString()));
    }

    [Fact]
    public void Offsets_point_at_each_entry_including_whitespace()
    {
        const string value = " a ,  b:5000,http://c/x,,\td";
        RegistryList list = RegistryList.Parse(value);

        Assert.Equal(new[] { " a ", "  b:5000", "http://c/x", "", "\td" }, list.Select(e => e.Text));
        Assert.Equal(new[] { 0, 4, 13, 24, 25 }, list.Select(e => e.Start));
        Assert.Equal(new[] { 3, 8, 10, 0, 2 }, list.Select(e => e.Length));
        Assert.All(list, entry => Assert.Equal(entry.Text, value.Substring(entry.Start, entry.Length)));
    }

    [Fact]
    public void Entries_and_separators_cover_the_whole_value()
    {
        const string value = ",,x, y ,[::1]:80,";
        RegistryList list = RegistryList.Parse(value);

        Assert.Equal(6, list.Count);
        Assert.Equal(value.Length, list.Sum(e => e.Length) + list.Count - 1);
        Assert.Equal(value, string.Join(",", list.Select(e => e.Text)));
    }

    [Fact]
    public void Message_names_the_entry_its_offset_and_each_problem()
    {
        RegistryListEntry entry = RegistryList.Parse("ok, http://bad:70000/v2")[1];

        Assert.NotNull(entry.Message);
        Assert.StartsWith("Registry list entry ' http://bad:70000/v2' at offset 3: ", entry.Message, StringComparison.Ordinal);
        Assert.Contains("whitespace", entry.Message, StringComparison.Ordinal);
        Assert.Contains("'http://'", entry.Message, StringComparison.Ordinal);
        Assert.Contains("'/v2'", entry.Message, StringComparison.Ordinal);
        Assert.Contains("'70000'", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_message_names_the_repeated_address()
    {
        RegistryListEntry entry = RegistryList.Parse("Harbor:5000,harbor:5000")[1];

        Assert.Contains("repeats 'harbor:5000'", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_is_exact_about_ports()
    {
        RegistryList bare = RegistryList.Parse("harbor");
        RegistryList https = RegistryList.Parse("harbor:443");

        Assert.True(bare.Contains(Address("harbor")));
        Assert.True(bare.Contains(Address("HARBOR")));
        Assert.False(bare.Contains(Address("harbor:443")));
        Assert.False(https.Contains(Address("harbor")));
        Assert.True(https.Contains(Address("harbor:443")));
    }

    [Fact]
    public void Contains_ignores_entries_ECI_would_not_match_but_FindNormalized_finds_them()
    {
        RegistryList list = RegistryList.Parse(" harbor ,http://reg:5000/,other");

        Assert.False(list.Contains(Address("harbor")));
        Assert.False(list.Contains(Address("reg:5000")));
        Assert.Same(list[0], list.FindNormalized(Address("harbor")));
        Assert.Same(list[1], list.FindNormalized(Address("reg:5000")));
        Assert.Same(list[2], list.FindNormalized(Address("other")));
        Assert.Null(list.FindNormalized(Address("reg")));
    }

    [Fact]
    public void ContainsHost_matches_any_port_of_valid_entries()
    {
        RegistryList list = RegistryList.Parse("harbor:443, other:5000");

        Assert.True(list.ContainsHost(Address("harbor")));
        Assert.True(list.ContainsHost(Address("harbor:5000")));
        Assert.False(list.ContainsHost(Address("other:5000")));
        Assert.False(list.ContainsHost(Address("harbor.corp")));
    }

    [Fact]
    public void Lookups_reject_null()
    {
        RegistryList list = RegistryList.Parse("a");

        Assert.Throws<ArgumentNullException>(() => list.Contains(null!));
        Assert.Throws<ArgumentNullException>(() => list.ContainsHost(null!));
        Assert.Throws<ArgumentNullException>(() => list.FindNormalized(null!));
        Assert.Throws<ArgumentNullException>(() => list.Add(null!));
        Assert.Throws<ArgumentNullException>(() => list.Remove(null!));
    }

    [Theory]
    [InlineData(null, "harbor:5000", "harbor:5000")]
    [InlineData("", "harbor:5000", "harbor:5000")]
    [InlineData("a", "[fd00::1]:5000", "a,[fd00::1]:5000")]
    [InlineData(" a ,b/x", "c", " a ,b/x,c")]
    [InlineData("a,", "c", "a,,c")]
    [InlineData("harbor", "harbor:443", "harbor,harbor:443")]
    public void Add_appends_and_keeps_other_entries_as_written(string? value, string address, string expected)
    {
        RegistryList list = RegistryList.Parse(value).Add(Address(address));

        Assert.Equal(expected, list.Value);
        Assert.True(list.Contains(Address(address)));
    }

    [Fact]
    public void Add_is_a_no_op_when_already_contained()
    {
        RegistryList list = RegistryList.Parse("a,Harbor:5000");

        Assert.Same(list, list.Add(Address("harbor:5000")));
    }

    [Fact]
    public void Add_next_to_an_unnormalized_entry_flags_the_old_one_as_the_original()
    {
        RegistryList list = RegistryList.Parse(" harbor").Add(Address("harbor"));

        Assert.Equal(" harbor,harbor", list.Value);
        Assert.True(list.Contains(Address("harbor")));
        Assert.Equal(RegistryListProblems.Duplicate, list[1].Problems);
    }

    [Fact]
    public void Remove_drops_entries_matching_as_written_or_normalized()
    {
        RegistryList list = RegistryList.Parse("harbor, harbor ,http://HARBOR/x,harbor:443,other");

        RegistryList removed = list.Remove(Address("harbor"));

        Assert.Equal("harbor:443,other", removed.Value);
        Assert.False(removed.HasProblems);
        Assert.Equal(0, removed[0].Start);
        Assert.Equal(11, removed[1].Start);
    }

    [Fact]
    public void Remove_keeps_other_entries_as_written()
    {
        RegistryList removed = RegistryList.Parse(" a ,b,*.c,,d").Remove(Address("b"));

        Assert.Equal(" a ,*.c,,d", removed.Value);
    }

    [Fact]
    public void Remove_returns_the_same_list_when_nothing_matches()
    {
        RegistryList list = RegistryList.Parse("harbor:443");

        Assert.Same(list, list.Remove(Address("harbor")));
    }

    [Fact]
    public void Remove_of_the_last_entry_gives_an_empty_value()
    {
        RegistryList removed = RegistryList.Parse("harbor").Remove(Address("harbor"));

        Assert.Equal(string.Empty, removed.Value);
        Assert.Empty(removed);
        Assert.Equal(string.Empty, removed.ToString());
    }

    [Theory]
    [InlineData("harbor", "harbor")]
    [InlineData(" http://Harbor:5000/v2 ,,harbor:5000, *.corp ,other", "harbor:5000,*.corp,other")]
    [InlineData("a,,b,", "a,b")]
    [InlineData(" , ,", "")]
    [InlineData("B,a,b", "b,a")]
    [InlineData("har_bor , har_bor,x", "har_bor,x")]
    [InlineData("harbor,harbor:443", "harbor,harbor:443")]
    [InlineData("HTTPS://[FD00::1]:5000/", "[fd00::1]:5000")]
    [InlineData("reg:0, reg:5000", "reg:0,reg:5000")]
    public void ToString_gives_the_canonical_value(string value, string expected)
    {
        Assert.Equal(expected, RegistryList.Parse(value).ToString());
    }

    [Fact]
    public void ToString_of_a_canonical_value_is_itself_valid()
    {
        string canonical = RegistryList.Parse(" http://a/x , b:5000,B:5000,,c ").ToString();

        Assert.Equal("a,b:5000,c", canonical);
        Assert.False(RegistryList.Parse(canonical).HasProblems);
        Assert.Equal(canonical, RegistryList.Parse(canonical).ToString());
    }

    [Theory]
    [InlineData(null, new[] { "a", "b" }, "a,b")]
    [InlineData("", new[] { "a" }, "a")]
    [InlineData("a, b", new[] { "b", "c" }, "a,b,c")]
    [InlineData("a", new[] { "A", "a" }, "a")]
    [InlineData("harbor", new[] { "harbor:443" }, "harbor,harbor:443")]
    [InlineData(" http://x/ ,,har_bor", new[] { "y:5000" }, "x,har_bor,y:5000")]
    [InlineData("a", new string[0], "a")]
    [InlineData(null, new[] { "[FD00::1]:80", "c", "c" }, "[fd00::1]:80,c")]
    public void Merge_gives_the_canonical_value_with_new_addresses(string? existing, string[] addresses, string expected)
    {
        Assert.Equal(expected, RegistryList.Merge(existing, addresses));
    }

    [Fact]
    public void Merge_names_every_invalid_address()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => RegistryList.Merge("a", "ok", "http://y", "z:0", " w"));

        Assert.Equal("addresses", error.ParamName);
        Assert.Contains("'http://y'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'z:0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("' w'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'ok'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => RegistryList.Merge("a", null!));
        ArgumentException error = Assert.Throws<ArgumentException>(() => RegistryList.Merge("a", "b", null!));
        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Behaves_as_a_read_only_list()
    {
        RegistryList list = RegistryList.Parse("a,b,c");
        IReadOnlyList<RegistryListEntry> asList = list;

        Assert.Equal(3, asList.Count);
        Assert.Equal("b", asList[1].Text);
        Assert.Equal(list.Entries, list.ToList());
        Assert.Equal(3, ((System.Collections.IEnumerable)list).Cast<object>().Count());
        Assert.Throws<IndexOutOfRangeException>(() => list[3]);
    }

    [Fact]
    public void Entry_ToString_is_its_text()
    {
        Assert.Equal(" a ", RegistryList.Parse(" a ")[0].ToString());
    }

    [Fact]
    public void Many_commas_give_that_many_empty_entries()
    {
        string value = new string(',', 100_000);

        RegistryList list = RegistryList.Parse(value);

        Assert.Equal(100_001, list.Count);
        Assert.All(list, entry => Assert.Equal(RegistryListProblems.Empty, entry.Problems));
        Assert.Equal(string.Empty, list.ToString());
    }

    [Fact]
    public void Many_duplicates_are_each_flagged()
    {
        string value = string.Join(",", Enumerable.Repeat("harbor:5000", 20_000));

        RegistryList list = RegistryList.Parse(value);

        Assert.Equal(RegistryListProblems.None, list[0].Problems);
        Assert.All(list.Skip(1), entry => Assert.Equal(RegistryListProblems.Duplicate, entry.Problems));
        Assert.Equal("harbor:5000", list.ToString());
    }

    public static IEnumerable<object[]> GarbageValues()
    {
        yield return new object[] { "\u0000,\u0001,\u001B[0m,\u007F" };
        yield return new object[] { "harbor\uFF1A5000\uFF0Cother" };
        yield return new object[] { "\uD800,\uDC00" };
        yield return new object[] { new string('x', 100_000) };
        yield return new object[] { new string('[', 50_000) + new string(']', 50_000) };
        yield return new object[] { string.Concat(Enumerable.Repeat("a:,[::1,*,/,http://,", 5_000)) };
        yield return new object[] { string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)(i % 0xFFFF))) };
        yield return new object[] { new string(' ', 100_000) };
    }

    [Theory]
    [MemberData(nameof(GarbageValues))]
    public void Garbage_never_throws_and_keeps_offsets_consistent(string value)
    {
        RegistryList list = RegistryList.Parse(value);

        Assert.Equal(value, string.Join(",", list.Select(e => e.Text)));
        Assert.All(list, entry => Assert.Equal(entry.Text, value.Substring(entry.Start, entry.Length)));
        Assert.All(list.Where(e => !e.IsValid), entry => Assert.True(entry.Message!.Length < 2_000));
        _ = list.ToString();
    }
}
