using System.Text;
using System.Threading.Tasks;

namespace Eci.ImagePull.Tests.Robustness;

/// <summary>
/// Seeded generators of hostile text for the parser property tests: mutations of valid seeds, control characters,
/// Unicode look-alikes of the characters the grammars care about, and very long inputs. Every test uses a fixed
/// seed, so a failure names an input that reproduces.
/// </summary>
internal static class FuzzText
{
    /// <summary>One megabyte of UTF-16 text, in characters.</summary>
    public const int OneMegabyte = 1 << 20;

    /// <summary>Characters that look like, or are read by some systems as, the ones the grammars give meaning to.</summary>
    public static readonly char[] LookAlikes =
    {
        '\uFF1A', // full-width colon
        '\uFE55', // small colon
        '\u2236', // ratio
        '\uFF0F', // full-width solidus
        '\u2215', // division slash
        '\u2044', // fraction slash
        '\uFF0E', // full-width full stop
        '\u3002', // ideographic full stop
        '\u2024', // one dot leader
        '\uFF20', // full-width commercial at
        '\uFF0C', // full-width comma
        '\u201A', // single low-9 quotation mark (a comma look-alike)
        '\u0430', // Cyrillic a
        '\u0435', // Cyrillic e
        '\u043E', // Cyrillic o
        '\u0441', // Cyrillic s
        '\u0440', // Cyrillic r
        '\u0445', // Cyrillic h
        '\u03BF', // Greek omicron
        '\u0131', // dotless i (what ToUpper/ToLower of 'i' gives in Turkish)
        '\u212A', // Kelvin sign (lower-cases to 'k')
        '\uFF10', // full-width digit zero
        '\uFF15', // full-width digit five
        '\u0660', // Arabic-Indic digit zero
        '\u0967', // Devanagari digit one
        '\u00A0', // no-break space
        '\u200B', // zero-width space
        '\u200D', // zero-width joiner
        '\uFEFF', // byte order mark
        '\u202E', // right-to-left override
        '\u0301', // combining acute accent
        '\uD800', // lone high surrogate
        '\uDC00', // lone low surrogate
    };

    /// <summary>C0 controls, DEL, NEL and the Unicode line and paragraph separators.</summary>
    public static readonly char[] Controls =
        Enumerable.Range(0, 0x20).Select(c => (char)c).Concat(new[] { '\u007F', '\u0085', '\u2028', '\u2029' }).ToArray();

    /// <summary>The characters the image and registry grammars are made of.</summary>
    private const string GrammarCharacters = "abcxyzABCXYZ0123456789.-_/:@[]%,+*";

    /// <summary>
    /// <paramref name="count"/> variants of the seeds: each applies one to four edits (insert, delete, replace,
    /// duplicate a slice, insert a look-alike or control character, swap neighbours), mostly with characters that
    /// matter to the grammar so the variants stay close to the valid/invalid boundary.
    /// </summary>
    public static IEnumerable<string> Mutations(IReadOnlyList<string> seeds, int count, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var text = new StringBuilder(seeds[random.Next(seeds.Count)]);
            int edits = random.Next(1, 5);
            for (int e = 0; e < edits; e++)
            {
                Mutate(text, random);
            }

            yield return text.ToString();
        }
    }

    /// <summary>Random strings up to <paramref name="maxLength"/> characters over grammar characters and any UTF-16 unit.</summary>
    public static IEnumerable<string> RandomStrings(int count, int maxLength, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var chars = new char[random.Next(0, maxLength + 1)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = AnyCharacter(random);
            }

            yield return new string(chars);
        }
    }

    /// <summary>Every seed with each look-alike and each control character put in place of each grammar character it holds.</summary>
    public static IEnumerable<string> Substitutions(string seed)
    {
        for (int position = 0; position < seed.Length; position++)
        {
            if (char.IsLetterOrDigit(seed[position]) && position % 3 != 0)
            {
                continue; // every grammar punctuation position, and a third of the letters and digits
            }

            foreach (char replacement in LookAlikes.Concat(Controls))
            {
                yield return seed.Substring(0, position) + replacement + seed.Substring(position + 1);
            }
        }
    }

    /// <summary><paramref name="unit"/> repeated up to <paramref name="length"/> characters (cut to the exact length).</summary>
    public static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        builder.Length = length;
        return builder.ToString();
    }

    /// <summary>A megabyte of random grammar characters, look-alikes and controls.</summary>
    public static string RandomMegabyte(int seed)
    {
        var random = new Random(seed);
        var chars = new char[OneMegabyte];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = AnyCharacter(random);
        }

        return new string(chars);
    }

    /// <summary>
    /// Runs <paramref name="action"/> and fails if it has not finished after a generous minute. Not a speed check
    /// (those live in bench/): it turns a hang, such as a quadratic loop over a megabyte, into a failure instead of a
    /// stuck CI job.
    /// </summary>
    public static void WithinHangGuard(Action action)
    {
        Task task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromMinutes(1)), "did not finish within the hang guard");
        task.GetAwaiter().GetResult();
    }

    private static char AnyCharacter(Random random) => random.Next(8) switch
    {
        0 => LookAlikes[random.Next(LookAlikes.Length)],
        1 => Controls[random.Next(Controls.Length)],
        2 => (char)random.Next(0, 0x10000),
        _ => GrammarCharacters[random.Next(GrammarCharacters.Length)],
    };

    private static void Mutate(StringBuilder text, Random random)
    {
        int position = random.Next(text.Length + 1);
        switch (random.Next(7))
        {
            case 0:
                text.Insert(position, AnyCharacter(random));
                break;
            case 1 when text.Length > 0:
                text.Remove(Math.Min(position, text.Length - 1), 1);
                break;
            case 2 when text.Length > 0:
                text[Math.Min(position, text.Length - 1)] = AnyCharacter(random);
                break;
            case 3 when text.Length > 0:
                int start = random.Next(text.Length);
                int length = random.Next(1, Math.Min(16, text.Length - start) + 1);
                text.Insert(position, text.ToString(start, length));
                break;
            case 4:
                text.Insert(position, LookAlikes[random.Next(LookAlikes.Length)]);
                break;
            case 5:
                text.Insert(position, Controls[random.Next(Controls.Length)]);
                break;
            case 6 when text.Length > 1:
                int at = Math.Min(position, text.Length - 2);
                (text[at], text[at + 1]) = (text[at + 1], text[at]);
                break;
        }
    }
}
