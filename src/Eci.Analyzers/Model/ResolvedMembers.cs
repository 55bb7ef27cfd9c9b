using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Model;

/// <summary>
/// The value of each readonly field and get-only property of this compilation as <see cref="StringResolver"/> read it
/// from the member's declaration, kept for the compilation: a constants class is read by every request that uses it.
/// Reading it anew each time (binding its initializer, scanning its type's constructors) was 10 % of the analyzer's
/// block-end time on the reach benchmark (bench/README.md, "Reach").
/// </summary>
/// <remarks>
/// The depth the member was reached at is part of the key: the resolver's depth bound can cut a long chain short, and a
/// value must not depend on which use asked first. Only values read without a call site's parameter bindings are kept
/// (a declaration cannot see them, except a primary constructor's parameter, which is then read as unknown anyway).
/// </remarks>
internal sealed class ResolvedMembers
{
    private readonly ConcurrentDictionary<(ISymbol Member, int Depth), ScalarValue> _values = new(KeyComparer.Instance);

    public bool TryGet(ISymbol member, int depth, out ScalarValue value) => _values.TryGetValue((member, depth), out value);

    public ScalarValue Add(ISymbol member, int depth, ScalarValue value) => _values.GetOrAdd((member, depth), value);

    private sealed class KeyComparer : System.Collections.Generic.IEqualityComparer<(ISymbol Member, int Depth)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((ISymbol Member, int Depth) x, (ISymbol Member, int Depth) y) =>
            x.Depth == y.Depth && SymbolEqualityComparer.Default.Equals(x.Member, y.Member);

        public int GetHashCode((ISymbol Member, int Depth) key) =>
            SymbolEqualityComparer.Default.GetHashCode(key.Member) * 31 + key.Depth;
    }
}
