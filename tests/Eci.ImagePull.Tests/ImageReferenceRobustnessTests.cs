using System.Text;

namespace Eci.ImagePull.Tests;

/// <summary>
/// Hostile input: random text, control characters and 100,000-character strings. TryParse must answer without
/// throwing, agree with Parse, and keep its promises (suggestions parse, messages stay short).
/// </summary>
public class ImageReferenceRobustnessTests
{
    private const int Huge = 100_000;

    [Fact]
    public void Random_text_over_all_of_UTF16_never_throws_and_keeps_the_contract()
    {
        var random = new Random(7);
        for (int i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 48)];
            for (int j = 0; j < chars.Length; j++)
            {
                // Mostly the ASCII that matters to the grammar, sometimes any UTF-16 unit, lone surrogates included.
                chars[j] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : (char)random.Next(0, 0x80);
            }

            AssertContract(new string(chars));
        }
    }

    [Fact]
    public void Every_control_character_anywhere_is_rejected()
    {
        const string valid = "registry.example.com:5000/team/app:v1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        var controls = Enumerable.Range(0, 0x20).Select(c => (char)c).Concat(new[] { '\u007f', '\u0085', '\u2028', '\ufeff' });
        foreach (char control in controls)
        {
            for (int position = 0; position <= valid.Length; position += 7)
            {
                string text = valid.Insert(position, control.ToString());

                AssertContract(text);
                Assert.False(ImageReference.TryParse(text, out _), $"U+{(int)control:X4} at {position}");
            }
        }
    }

    public static TheoryData<string, string> HugeInputs() => new()
    {
        { "letters", new string('a', Huge) },
        { "upper case", new string('A', Huge) },
        { "components", Repeat("a/", Huge / 2) + "a" },
        { "empty components", new string('/', Huge) },
        { "dashes", "a" + new string('-', Huge) + "b" },
        { "bad separators", Repeat("a_.", Huge / 3) },
        { "underscores", "a" + new string('_', Huge) + "b" },
        { "colons", new string(':', Huge) },
        { "ats", new string('@', Huge) },
        { "brackets", new string('[', Huge) + "/a" },
        { "dots", new string('.', Huge) + "/a" },
        { "nul", new string('\0', Huge) },
        { "white space", new string(' ', Huge) },
        { "long tag", "nginx:" + new string('t', Huge) },
        { "long digest", "nginx@sha256:" + new string('a', Huge) },
        { "long algorithm", "nginx@" + new string('s', Huge) + ":" + new string('a', 64) },
        { "scheme then upper case", "http://h/" + new string('A', Huge) },
        { "scheme then spaces", " http://" + new string('a', Huge) + " " },
        { "long port", "host:" + new string('1', Huge) + "x/a" },
        { "long bad host", Repeat("a_", Huge / 2) + ".com/a" },
        { "long bad ipv6", "[" + new string(':', Huge) + "%eth0]/a" },
        { "many tags", Repeat("a:", Huge / 2) },
    };

    [Theory]
    [MemberData(nameof(HugeInputs))]
    public void Huge_invalid_input_is_rejected_without_throwing(string label, string text)
    {
        bool parsed = ImageReference.TryParse(text, out ImageReference? reference, out ImageReferenceFormatException? error);

        Assert.False(parsed, label);
        Assert.Null(reference);
        Assert.Same(text, error!.Input);

        // Messages quote at most a prefix of the input.
        Assert.InRange(error.Message.Length, 10, 2_000);
        Assert.False(ImageReference.TryParse(text, out _));
    }

    [Fact]
    public void Huge_valid_hosts_are_accepted_because_only_the_path_is_limited()
    {
        string host = Repeat("a.", Huge / 2) + "com";
        string ipv6 = "[" + Repeat("0:", Huge / 2) + "1]:5000";

        Assert.True(ImageReference.TryParse(host + "/app:v1", out ImageReference? named));
        Assert.True(ImageReference.TryParse(ipv6 + "/app", out ImageReference? literal));

        Assert.Equal(host, named.Registry);
        Assert.Equal(ipv6, literal.Registry);
    }

    [Fact]
    public void Random_huge_text_is_rejected_without_throwing()
    {
        var random = new Random(11);
        const string alphabet = "aZ0._-/:@[]% \t\u00e9";
        for (int round = 0; round < 10; round++)
        {
            var text = new StringBuilder(Huge);
            for (int i = 0; i < Huge; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            AssertContract(text.ToString());
        }
    }

    private static void AssertContract(string text)
    {
        bool simple = ImageReference.TryParse(text, out ImageReference? quick);
        bool detailed = ImageReference.TryParse(text, out ImageReference? reference, out ImageReferenceFormatException? error);

        Assert.Equal(simple, detailed);
        if (detailed)
        {
            Assert.Null(error);
            Assert.Equal(quick, reference);
            Assert.Equal(reference, ImageReference.Parse(reference!.ToString()));
            return;
        }

        Assert.Null(reference);
        Assert.Same(text, error!.Input);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.True(Enum.IsDefined(error.Error));
        if (error.Suggestion != null)
        {
            Assert.True(ImageReference.TryParse(error.Suggestion, out _), error.Suggestion);
        }

        Assert.Equal(error.Error == ImageReferenceError.SchemeNotAllowed, error.Scheme != null);
        var thrown = Assert.Throws<ImageReferenceFormatException>(() => ImageReference.Parse(text));
        Assert.Equal(error.Error, thrown.Error);
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
