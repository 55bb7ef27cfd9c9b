using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Reading;

/// <summary>A value written to a member: in an object initializer or by a later assignment.</summary>
internal readonly struct PropertyWrite
{
    public PropertyWrite(IOperation value, bool isUnconditional)
    {
        Value = value;
        IsUnconditional = isUnconditional;
    }

    public IOperation Value { get; }

    /// <summary>False when the write sits in a branch, loop or other block than the object's creation: it may not happen.</summary>
    public bool IsUnconditional { get; }

    public int Position => Value.Syntax.SpanStart;
}
