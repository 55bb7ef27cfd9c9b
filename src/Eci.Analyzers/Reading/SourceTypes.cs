using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Reading;

/// <summary>
/// The implementations, in this compilation, of an interface or virtual method a request is handed to. The types are
/// read from declarations only (no body is bound) and only the first time a virtual call needs them.
/// </summary>
internal sealed class SourceTypes
{
    private readonly Compilation _compilation;

    // Every class and struct of this compilation under each interface it implements and each class it derives from,
    // made once, the first time a virtual call needs it: asking each interface's question of every type instead cost
    // interfaces × types (200 gateway interfaces in 200 files: 14 % of the analyzer's block-end time on scenario b,
    // bench/README.md "Reach").
    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>? _subtypes;

    // Each virtual or interface method's targets, found once per compilation: without this every call that hands a
    // request to a gateway walked every type (bench/README.md, "Reach": 20 % of the analyzer's time on scenario b).
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _targets = new(SymbolEqualityComparer.Default);

    public SourceTypes(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>
    /// The methods a call may run: the target itself when the call is not virtual; otherwise every implementation or
    /// override declared in this compilation. Empty when one of them cannot be seen (metadata) or there are none, so
    /// the caller treats the call as unknown.
    /// </summary>
    public ImmutableArray<IMethodSymbol> TargetsOf(IMethodSymbol method, bool isVirtualCall, CancellationToken cancellationToken)
    {
        var containing = method.ContainingType;
        var dispatches = isVirtualCall && (method.IsAbstract || method.IsVirtual || method.IsOverride || containing?.TypeKind == TypeKind.Interface);
        if (!dispatches || containing is null || containing.IsSealed)
        {
            return ImmutableArray.Create(method);
        }

        var key = method.OriginalDefinition;
        if (_targets.TryGetValue(key, out var known))
        {
            return known;
        }

        return _targets.GetOrAdd(key, FindTargets(key, key.ContainingType, cancellationToken));
    }

    private ImmutableArray<IMethodSymbol> FindTargets(IMethodSymbol method, INamedTypeSymbol containing, CancellationToken cancellationToken)
    {
        var targets = ImmutableArray.CreateBuilder<IMethodSymbol>();
        if (!method.IsAbstract && containing.TypeKind != TypeKind.Interface)
        {
            targets.Add(method);
        }

        if (Subtypes(cancellationToken).TryGetValue(containing.OriginalDefinition, out var subtypes))
        {
            foreach (var type in subtypes)
            {
                var implementation = containing.TypeKind == TypeKind.Interface
                    ? type.FindImplementationForInterfaceMember(method) as IMethodSymbol
                    : OverrideIn(type, method);
                if (implementation is not null && !implementation.IsAbstract)
                {
                    targets.Add(implementation);
                }
            }
        }

        return Distinct(targets);
    }

    private static ImmutableArray<IMethodSymbol> Distinct(ImmutableArray<IMethodSymbol>.Builder targets)
    {
        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var result = ImmutableArray.CreateBuilder<IMethodSymbol>(targets.Count);
        foreach (var target in targets)
        {
            if (seen.Add(target.OriginalDefinition))
            {
                result.Add(target);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The most derived override of <paramref name="method"/> that <paramref name="type"/> runs.</summary>
    private static IMethodSymbol? OverrideIn(INamedTypeSymbol type, IMethodSymbol method)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate && Overrides(candidate, method))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool Overrides(IMethodSymbol candidate, IMethodSymbol method)
    {
        for (var overridden = candidate.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> Subtypes(CancellationToken cancellationToken)
    {
        var known = Volatile.Read(ref _subtypes);
        if (known is not null)
        {
            return known;
        }

        var subtypes = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(_compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = pending.Pop();
            foreach (var member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                {
                    pending.Push(nested);
                }

                if (member is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type)
                {
                    foreach (var @interface in type.AllInterfaces)
                    {
                        Add(subtypes, @interface.OriginalDefinition, type);
                    }

                    for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
                    {
                        Add(subtypes, baseType.OriginalDefinition, type);
                    }
                }
            }
        }

        return Interlocked.CompareExchange(ref _subtypes, subtypes, null) ?? subtypes;
    }

    private static void Add(Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> subtypes, INamedTypeSymbol supertype, INamedTypeSymbol type)
    {
        if (!subtypes.TryGetValue(supertype, out var list))
        {
            list = new List<INamedTypeSymbol>();
            subtypes.Add(supertype, list);
        }

        list.Add(type);
    }
}
