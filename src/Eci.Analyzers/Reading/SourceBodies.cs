using System.Threading;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Reading;

/// <summary>
/// The operation trees of methods and member initializers declared in the compilation being analyzed, from any file.
/// Inside the analyzer driver <see cref="Compilation.GetSemanticModel"/> hands out the model the driver already holds
/// for that file, so a callee's file is bound once however many callers look into it.
/// </summary>
internal sealed class SourceBodies
{
    private readonly Compilation _compilation;

    public SourceBodies(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>The body of a method of this compilation, or null for metadata, abstract and extern methods.</summary>
    public IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = method.PartialImplementationPart ?? method;
        method = method.OriginalDefinition;
        if (!IsInThisCompilation(method) || method.IsAbstract || method.IsExtern)
        {
            return null;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            // A method or constructor declaration gives its body operation (with the expression body of `=> ...`).
            return ModelFor(syntax).GetOperation(syntax, cancellationToken);
        }

        return null;
    }

    /// <summary>The operation of a syntax node of this compilation (an initializer, an expression body).</summary>
    public IOperation? OperationOf(SyntaxNode syntax, CancellationToken cancellationToken) =>
        ModelFor(syntax).GetOperation(syntax, cancellationToken);

    public bool IsInThisCompilation(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    private SemanticModel ModelFor(SyntaxNode syntax) => _compilation.GetSemanticModel(syntax.SyntaxTree);
}
