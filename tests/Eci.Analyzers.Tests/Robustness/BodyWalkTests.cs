extern alias analyzers;

using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using BodyIndex = analyzers::Eci.Analyzers.Reading.BodyIndex;
using RequestFlow = analyzers::Eci.Analyzers.Reading.RequestFlow;
using EciKnownTypes = analyzers::Eci.Analyzers.Sdk.EciKnownTypes;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>
/// The body walk visits every operation once, in the order <c>DescendantsAndSelf</c> yields them (it replaced that
/// iterator for speed): over every program of the test corpus and the sample, the request creations it finds are
/// exactly, and in the same order, those the iterator finds.
/// </summary>
public class BodyWalkTests
{
    [Fact]
    public void FindsTheSameRequestsInTheSameOrderAsDescendantsAndSelf()
    {
        var bodies = 0;
        var requests = 0;
        foreach (var source in TestSourceCorpus.All)
        {
            var tree = CSharpSyntaxTree.ParseText(source.Text, new CSharpParseOptions(LanguageVersion.CSharp12));
            var compilation = CSharpCompilation.Create(
                "Walk",
                new[] { tree },
                Verifiers.TestReferences.Runtime.Add(Verifiers.TestReferences.Sdk).Add(Verifiers.TestReferences.ImagePull),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var types = EciKnownTypes.TryCreate(compilation)!;
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax
                    and not Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax)
                {
                    continue;
                }

                var body = model.GetOperation(node);
                if (body is null)
                {
                    continue;
                }

                var expected = body.DescendantsAndSelf()
                    .OfType<IObjectCreationOperation>()
                    .Where(creation => types.GetShape(creation.Type) is not null)
                    .ToList();
                var found = BodyIndex.Build(types, RequestFlow.For(types, compilation), ImmutableArray.Create(body), CancellationToken.None).RequestCreations;

                Assert.True(expected.SequenceEqual(found), $"{source.Name}: {node.GetLocation().GetLineSpan()}");
                bodies++;
                requests += expected.Count;
            }
        }

        // The corpus is the analyzer tests' own sources: hundreds of bodies, most of them creating requests.
        Assert.True(bodies > 100, bodies + " bodies");
        Assert.True(requests > 100, requests + " requests");
    }
}
