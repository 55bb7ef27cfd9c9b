using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>How a variant was made from its source.</summary>
internal enum MutationKind
{
    /// <summary>The source cut right after a token: what the editor holds while the rest is still being typed.</summary>
    Truncate,

    /// <summary>The source with one token removed (its trivia kept): a half-edited line.</summary>
    Delete,
}

/// <summary>One half-typed version of a corpus source.</summary>
internal readonly record struct Mutation(CorpusSource Source, MutationKind Kind, int TokenIndex, int Start, int Length)
{
    public string Apply() => Kind == MutationKind.Truncate
        ? Source.Text.Substring(0, Start + Length)
        : Source.Text.Remove(Start, Length);

    public override string ToString() => Source.Name + " " + Kind + " token " + TokenIndex;
}

/// <summary>
/// Enumerates the truncation and deletion variants of sources and, when there are more than a budget allows, picks
/// a deterministic (seeded) sample. Tokens of the using directives are sampled less: cutting the file before its
/// code ends leaves nothing for the analyzer to read, and deleting a using only makes names unbound, which a few
/// samples cover as well as all of them.
/// </summary>
internal static class TokenMutations
{
    /// <summary>One in this many variants on using-directive tokens is kept before the budget applies.</summary>
    private const int UsingTokenStride = 8;

    public static List<Mutation> All(IEnumerable<CorpusSource> sources)
    {
        var mutations = new List<Mutation>();
        foreach (var source in sources)
        {
            var root = CSharpSyntaxTree.ParseText(source.Text, new CSharpParseOptions(LanguageVersion.CSharp12)).GetRoot();
            var index = 0;
            foreach (var token in root.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.EndOfFileToken))
                {
                    continue;
                }

                var inUsing = token.Parent?.AncestorsAndSelf().Any(n => n is UsingDirectiveSyntax) == true;
                if (!inUsing || index % UsingTokenStride == 0)
                {
                    mutations.Add(new Mutation(source, MutationKind.Truncate, index, 0, token.Span.End));
                    mutations.Add(new Mutation(source, MutationKind.Delete, index, token.SpanStart, token.Span.Length));
                }

                index++;
            }
        }

        return mutations;
    }

    /// <summary>
    /// At most <paramref name="budget"/> mutations, chosen by a seeded shuffle so every run tests the same variants,
    /// then put back in source order. With a budget of at least the count, everything is returned.
    /// </summary>
    public static List<Mutation> Sample(List<Mutation> all, int budget, int seed)
    {
        if (all.Count <= budget)
        {
            return all;
        }

        var random = new Random(seed);
        var order = Enumerable.Range(0, all.Count).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order.Take(budget).OrderBy(i => i).Select(i => all[i]).ToList();
    }
}
