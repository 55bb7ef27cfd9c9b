using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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

    // Whether each readonly table field read so far cannot change (TableChanges): an internal table costs a text search
    // of every file, so it is answered once per compilation.
    private readonly ConcurrentDictionary<IFieldSymbol, bool> _unchangedTables = new(SymbolEqualityComparer.Default);
    private bool? _internalsVisibleOutside;

    public SourceBodies(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>The assembly grants another one its internals (<c>InternalsVisibleTo</c>): internal members may change there.</summary>
    public bool InternalsAreVisibleOutside => _internalsVisibleOutside ??= GrantsInternals(_compilation.Assembly);

    /// <summary>The answer of <paramref name="compute"/> for <paramref name="field"/>, computed once per compilation.</summary>
    public bool TableCannotChange(IFieldSymbol field, CancellationToken cancellationToken, Func<IFieldSymbol, SourceBodies, CancellationToken, bool> compute)
    {
        var key = field.OriginalDefinition;
        return _unchangedTables.TryGetValue(key, out var known) ? known : _unchangedTables.GetOrAdd(key, compute(key, this, cancellationToken));
    }

    /// <summary>The files of this compilation whose text contains <paramref name="name"/>.</summary>
    public List<SyntaxTree> TreesMentioning(string name, CancellationToken cancellationToken) =>
        TableChanges.Mentioning(_compilation.SyntaxTrees, name, cancellationToken);

    private static bool GrantsInternals(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "InternalsVisibleToAttribute", ContainingNamespace.Name: "CompilerServices" })
            {
                return true;
            }
        }

        return false;
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
