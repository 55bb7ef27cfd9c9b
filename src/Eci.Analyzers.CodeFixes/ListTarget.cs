using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eci.Analyzers.CodeFixes;

/// <summary>A PlainHttpRegistry/InsecureRegistry value a fix may edit.</summary>
internal sealed class ListTarget
{
    public ListTarget(LiteralExpressionSyntax literal, ExpressionSyntax site, VariableDeclaratorSyntax? constant)
    {
        Literal = literal;
        Site = site;
        Constant = constant;
    }

    /// <summary>The string literal holding the list: in the request, or in the constant's initializer.</summary>
    public LiteralExpressionSyntax Literal { get; }

    /// <summary>The expression the request reads (the literal itself, or the constant's name).</summary>
    public ExpressionSyntax Site { get; }

    /// <summary>The constant's declarator, when the value comes from a <c>const</c> of this file that only this request reads.</summary>
    public VariableDeclaratorSyntax? Constant { get; }
}
