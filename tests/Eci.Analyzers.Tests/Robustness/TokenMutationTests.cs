using System.Collections.Generic;
using System.Diagnostics;
using Xunit.Abstractions;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>
/// The analyzer runs on every keystroke, so it mostly sees code that is half typed. Every test source and the sample
/// are cut after each token and have each token deleted in turn; the analyzer, each fix it offers and Fix All run on
/// every variant, and none may throw.
/// </summary>
public class TokenMutationTests
{
    /// <summary>
    /// How many variants CI runs: a seeded sample sized to stay well under a minute on two busy cores. Set
    /// <c>ECI_MUTATION_BUDGET=all</c> (or a number) to run more; the full set is what a release check should run.
    /// </summary>
    private const int DefaultBudget = 3_000;

    private const int Seed = 8_2024;

    private readonly ITestOutputHelper _output;

    public TokenMutationTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task TheCorpusIsWhatTheTestsAndSampleHold()
    {
        var corpus = TestSourceCorpus.All;
        var harness = AnalyzerHarness.WithSdk;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in corpus)
        {
            var run = await harness.RunAsync(source.Text, runFixes: true);
            Assert.False(run.Failed, source.Name + ":\n" + run.Describe());
            ids.UnionWith(run.Diagnostics.Select(d => d.Id));
        }

        // The mutation test only means something if the unmutated corpus reaches every rule and so every fix.
        Assert.True(corpus.Count >= 100, "only " + corpus.Count + " sources found");
        Assert.Contains(corpus, s => s.Name == "sample/Deployments.cs");
        Assert.Equal(Enumerable.Range(1, 12).Select(n => "ECI" + n.ToString("000")), ids.Where(id => id.StartsWith("ECI", StringComparison.Ordinal)).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryTruncationAndTokenDeletionIsAnalyzedAndFixedWithoutException()
    {
        var all = TokenMutations.All(TestSourceCorpus.All);
        var chosen = TokenMutations.Sample(all, Budget(), Seed);
        var harness = AnalyzerHarness.WithSdk;
        var failures = new List<string>();
        var reported = 0;
        var watch = Stopwatch.StartNew();

        // A hang guard only: a variant that never finishes fails the test instead of stalling CI.
        await Task.Run(async () =>
        {
            foreach (var mutation in chosen)
            {
                var run = await harness.RunAsync(mutation.Apply(), runFixes: true);
                reported += run.Diagnostics.Count;
                if (run.Failed)
                {
                    failures.Add(mutation + ":\n" + run.Describe());
                }
            }
        }).WaitAsync(TimeSpan.FromMinutes(15));

        _output.WriteLine($"{chosen.Count} of {all.Count} variants, {reported} diagnostics, {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.Count == 0, failures.Count + " variants failed; first ones:\n" + string.Join("\n\n", failures.Take(5)));
        Assert.True(reported > chosen.Count / 4, "the variants hardly reach the rules: " + reported + " diagnostics");
    }

    private static int Budget() => Environment.GetEnvironmentVariable("ECI_MUTATION_BUDGET") switch
    {
        "all" => int.MaxValue,
        { } text when int.TryParse(text, out var budget) && budget > 0 => budget,
        _ => DefaultBudget,
    };
}
