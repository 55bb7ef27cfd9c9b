extern alias analyzers;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using EciKnownTypes = analyzers::Eci.Analyzers.Sdk.EciKnownTypes;
using GeneratedSyntax = analyzers::Eci.Analyzers.CodeFixes.GeneratedSyntax;
using RequestKind = analyzers::Eci.Analyzers.Sdk.RequestKind;

namespace Eci.Analyzers.Tests.Machinery;

/// <summary>The credential type the fixes write is, for every request kind, the one the rules recognise as a credential.</summary>
public class GeneratedTypeNameTests
{
    public static TheoryData<string> Kinds() => new(Enum.GetNames<RequestKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void GeneratedCredentialTypeBindsToTheKnownCredentialType(string kind)
    {
        var written = GeneratedSyntax.CredentialType(kind).ToFullString();
        var tree = CSharpSyntaxTree.ParseText("class Probe { " + written + " Field; }");
        var compilation = CSharpCompilation.Create(
            "Probe",
            new[] { tree },
            Verifiers.TestReferences.Runtime.Add(Verifiers.TestReferences.Sdk),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var field = tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>().Single();
        var bound = compilation.GetSemanticModel(tree).GetTypeInfo(field.Declaration.Type).Type;
        var types = EciKnownTypes.TryCreate(compilation)!;

        Assert.Equal(written, EciKnownTypes.CredentialTypeName(kind));
        Assert.NotNull(bound);
        Assert.Equal(TypeKind.Class, bound!.TypeKind);
        Assert.True(types.IsCredentialType(bound), written + " is not a credential type the rules know");
    }
}
