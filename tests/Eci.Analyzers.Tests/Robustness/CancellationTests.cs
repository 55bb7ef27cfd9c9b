extern alias analyzers;

using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using BodyIndex = analyzers::Eci.Analyzers.Reading.BodyIndex;
using RequestFlow = analyzers::Eci.Analyzers.Reading.RequestFlow;
using EciKnownTypes = analyzers::Eci.Analyzers.Sdk.EciKnownTypes;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>
/// The IDE cancels analysis on every keystroke; a cancelled analysis must end with
/// <see cref="OperationCanceledException"/> at the next step, not finish the work first. "Promptly" is asserted as
/// bounded work (how many requests are read after the cancellation), not as time; the timeouts are hang guards only.
/// </summary>
public class CancellationTests
{
    private const int Requests = 600;

    [Fact]
    public async Task CancellingWhileAHugeMethodIsAnalyzedStopsAtTheNextRequest()
    {
        using var cancellation = new CancellationTokenSource();
        var optionRequests = 0;
        var requestsAtCancel = -1;

        // The analyzer asks for the file's registry options once per request it reads: that is the probe. After a
        // few requests, cancel, and count how many more it reads.
        const int CancelAfter = 5;
        var options = new DictionaryOptionsProvider(AnalyzerHarness.RegistryKnowledge)
        {
            OnTreeOptionsRequested = _ =>
            {
                if (Interlocked.Increment(ref optionRequests) == CancelAfter)
                {
                    requestsAtCancel = CancelAfter;
                    cancellation.Cancel();
                }
            },
        };

        var run = AnalyzerHarness.WithSdk.RunAsync(HugeMethod(), runFixes: false, options, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromMinutes(5)));
        Assert.Equal(CancelAfter, requestsAtCancel);
        Assert.InRange(optionRequests, CancelAfter, CancelAfter + 1);
    }

    [Fact]
    public async Task TheSameMethodUncancelledReadsEveryRequest()
    {
        // The other half of the probe: without cancellation every request is read and reported.
        var optionRequests = 0;
        var options = new DictionaryOptionsProvider(AnalyzerHarness.RegistryKnowledge)
        {
            OnTreeOptionsRequested = _ => Interlocked.Increment(ref optionRequests),
        };

        var run = await AnalyzerHarness.WithSdk.RunAsync(HugeMethod(), runFixes: false, options, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(5));

        Assert.False(run.Failed, run.Describe());
        Assert.True(optionRequests >= Requests, optionRequests + " option requests");
        Assert.Equal(Requests, run.Diagnostics.Count(d => d.Id == "ECI002"));
    }

    [Fact]
    public void TheBodyWalkChecksTheToken()
    {
        var tree = CSharpSyntaxTree.ParseText(HugeMethod(), new CSharpParseOptions(LanguageVersion.CSharp12));
        var compilation = CSharpCompilation.Create(
            "Walk",
            new[] { tree },
            Verifiers.TestReferences.Runtime.Add(Verifiers.TestReferences.Sdk),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var types = EciKnownTypes.TryCreate(compilation);
        Assert.NotNull(types);
        var body = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single().Body!;
        var operation = compilation.GetSemanticModel(tree).GetOperation(body)!;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Equal(Requests, BodyIndex.Build(types!, RequestFlow.For(types!, compilation), ImmutableArray.Create(operation), CancellationToken.None).RequestCreations.Count);
        Assert.ThrowsAny<OperationCanceledException>(() => BodyIndex.Build(types!, RequestFlow.For(types!, compilation), ImmutableArray.Create(operation), cancelled.Token));
    }

    /// <summary>One method that sends <see cref="Requests"/> requests, each with a plain-HTTP image (ECI002).</summary>
    private static string HugeMethod()
    {
        var statements = new StringBuilder();
        for (var i = 0; i < Requests; i++)
        {
            statements.Append("client.CreateContainerGroup(new CreateContainerGroupRequest { Container = new List<Container> { new Container { Image = \"harbor.lab.local:80/app")
                .Append(i)
                .Append("\" } } });\n");
        }

        return Sources.InMethod(statements.ToString());
    }
}
