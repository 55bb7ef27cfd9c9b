using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Follows a string expression to what it can be: a compile-time constant; a local assigned once; a <c>static
/// readonly</c> field or get-only property of this compilation with a constant initializer; an expression-bodied
/// property; each arm of <c>?:</c>, <c>??</c> and switch expressions; and concatenation, interpolation,
/// <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, which give a partial value when only their start is constant.
/// Anything else (configuration, environment, parameters, calls) is unknown.
/// </summary>
internal sealed class StringResolver
{
    private const int MaxDepth = 8; // fields initialized from fields...: bounded so odd code cannot make us loop

    private readonly BodyIndex _index;
    private readonly SourceBodies _bodies;
    private readonly CancellationToken _cancellationToken;
    private readonly ParameterBindings? _parameters;

    // Inside a Select lambda: the source element its parameter stands for, and the resolver outside the lambda.
    private readonly SequenceElement? _element;
    private readonly StringResolver? _outside;

    public StringResolver(BodyIndex index, SourceBodies bodies, CancellationToken cancellationToken, ParameterBindings? parameters = null, ValueOrigins? origins = null)
    {
        _index = index;
        _bodies = bodies;
        _cancellationToken = cancellationToken;
        _parameters = parameters;
        Origins = origins ?? new ValueOrigins();
    }

    private StringResolver(StringResolver outside, SequenceElement element)
        : this(outside._index, outside._bodies, outside._cancellationToken, outside._parameters, outside.Origins)
    {
        _element = element;
        _outside = outside;
    }

    /// <summary>Where the values this resolver read from members were written (shared with <see cref="With"/>'s resolvers).</summary>
    public ValueOrigins Origins { get; }

    public ScalarValue Resolve(IOperation operation) => Resolve(operation, 0);

    /// <summary>The same resolver with the parameters of a called helper bound to what its call site passes.</summary>
    public StringResolver With(ParameterBindings parameters) => new(_index, _bodies, _cancellationToken, parameters, Origins);

    /// <summary>The same resolver inside a <c>Select</c> lambda whose parameter stands for <paramref name="element"/>.</summary>
    public StringResolver With(SequenceElement element) => new(this, element);

    /// <summary>
    /// A value read inside a helper method, placed at the helper's call: what the helper wrote itself is reported on the
    /// call (in the code being analyzed, once per use); what the call passes in keeps its place on the argument.
    /// </summary>
    public static ScalarValue AtCall(ScalarValue value, IOperation call)
    {
        if (value.Operation is { } operation && operation.Syntax.SyntaxTree == call.Syntax.SyntaxTree && call.Syntax.Span.Contains(operation.Syntax.Span))
        {
            return value;
        }

        if (value.Arms is { } arms)
        {
            var moved = new List<ScalarValue>(arms.Count);
            foreach (var arm in arms)
            {
                moved.Add(AtCall(arm, call));
            }

            return ScalarValue.Choice(moved, value.HasUnknownArm);
        }

        return At(value, call);
    }

    private ScalarValue Resolve(IOperation operation, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        operation = ValueReader.Unwrap(operation);
        // Read once: a constant concatenation's text is built anew on every read of ConstantValue.
        var constant = operation.ConstantValue;
        if (constant.HasValue)
        {
            return ScalarValue.FromConstant(constant.Value, operation);
        }

        if (depth > MaxDepth)
        {
            return ScalarValue.Unknown;
        }

        if (_element is not null && _element.Reads(operation, out var member))
        {
            // `s.Image`: what the source element holds, read outside the lambda and placed where the element is shown.
            return member is null ? ScalarValue.Unknown : _element.Place(_outside!.Resolve(member, depth + 1));
        }

        switch (operation)
        {
            case ILocalReferenceOperation local:
                return Local(local.Local, depth);
            case IParameterReferenceOperation parameter when _parameters is not null:
                return _parameters.ValueOf(parameter.Parameter); // what the call site being judged passes
            case IFieldReferenceOperation field:
                return FromMember(Field(field.Field, depth), operation, field.Field, key: null);
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                return FromMember(Property(property.Property, depth), operation, property.Property, key: null);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: IFieldReferenceOperation table } lookup:
                return FromMember(
                    ConstantTables.Element(table.Field, lookup.Arguments[0].Value, _bodies, _cancellationToken) is { } entry ? Resolve(entry, depth + 1) : ScalarValue.Unknown,
                    operation,
                    table.Field,
                    lookup.Arguments[0].Value);
            case IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: IFieldReferenceOperation array } element:
                return FromMember(
                    ConstantTables.Element(array.Field, element.Indices[0], _bodies, _cancellationToken) is { } item ? Resolve(item, depth + 1) : ScalarValue.Unknown,
                    operation,
                    array.Field,
                    element.Indices[0]);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Choice(new[] { conditional.WhenTrue, whenFalse }, depth);
            case ICoalesceOperation coalesce:
                return Choice(new[] { coalesce.Value, coalesce.WhenNull }, depth);
            case ISwitchExpressionOperation switchExpression:
                var arms = new IOperation[switchExpression.Arms.Length];
                for (var i = 0; i < arms.Length; i++)
                {
                    arms[i] = switchExpression.Arms[i].Value;
                }

                return Choice(arms, depth);
            case IInterpolatedStringOperation interpolated:
                return Interpolation(interpolated, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                return Concat(new[] { Part.Of(binary.LeftOperand), Part.Of(binary.RightOperand) }, operation, depth);
            case IInvocationOperation invocation when invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                return StringMethod(invocation, depth);
            default:
                return ScalarValue.Unknown;
        }
    }

    /// <summary>A local written once, where it is declared, and never written again (not even in a lambda).</summary>
    private ScalarValue Local(ILocalSymbol local, int depth)
    {
        var usage = _index.GetUsage(local);
        if (usage is null || usage.Escapes || usage.Assignments.Count != 1 || !usage.Assignments[0].IsUnconditional)
        {
            return ScalarValue.Unknown;
        }

        return Resolve(usage.Assignments[0].Value, depth + 1);
    }

    private ScalarValue Field(IFieldSymbol field, int depth)
    {
        if (!field.IsReadOnly || !_bodies.IsInThisCompilation(field))
        {
            return ScalarValue.Unknown; // a mutable field can hold anything by the time the request is built
        }

        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                && !ConstructorsAssign(field))
            {
                return FromSyntax(value, depth);
            }
        }

        return ScalarValue.Unknown;
    }

    private ScalarValue Property(IPropertySymbol property, int depth)
    {
        if (property.SetMethod is not null || property.IsVirtual || property.IsAbstract || property.IsOverride
            || property.ContainingType?.TypeKind == TypeKind.Interface || !_bodies.IsInThisCompilation(property))
        {
            return ScalarValue.Unknown;
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellationToken) is not PropertyDeclarationSyntax declaration)
            {
                continue;
            }

            if (declaration.ExpressionBody is { } arrow)
            {
                return FromSyntax(arrow.Expression, depth); // `Registry => "harbor.lab.local"`
            }

            if (declaration.Initializer is { } initializer && !ConstructorsAssign(property))
            {
                return FromSyntax(initializer.Value, depth); // `Registry { get; } = "harbor.lab.local"`
            }

            if (GetterResult(declaration) is { } returned)
            {
                return FromSyntax(returned, depth);
            }
        }

        return ScalarValue.Unknown;
    }

    /// <summary>`get => x;` or `get { return x; }`: the one expression a getter returns.</summary>
    private static ExpressionSyntax? GetterResult(PropertyDeclarationSyntax declaration)
    {
        if (declaration.AccessorList is not { Accessors: { Count: 1 } accessors } || accessors[0].Keyword.ValueText != "get")
        {
            return null;
        }

        var getter = accessors[0];
        if (getter.ExpressionBody is { } arrow)
        {
            return arrow.Expression;
        }

        return getter.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned }
            ? returned
            : null;
    }

    /// <summary>
    /// A readonly field or get-only property can still be assigned in a constructor of its type: then its initializer
    /// says nothing. The check is by name (a local of the same name makes it answer yes, which is the silent side).
    /// </summary>
    private bool ConstructorsAssign(ISymbol member)
    {
        if (member.ContainingType is not { } type)
        {
            return true;
        }

        var constructors = member.IsStatic ? type.StaticConstructors : type.InstanceConstructors;
        foreach (var constructor in constructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax(_cancellationToken).DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax { Left: var left } && NameOf(left) == member.Name)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static string? NameOf(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    private ScalarValue FromSyntax(ExpressionSyntax expression, int depth) =>
        _bodies.OperationOf(expression, _cancellationToken) is { } operation ? Resolve(operation, depth + 1) : ScalarValue.Unknown;

    /// <summary>
    /// A value read from a member's declaration is reported where the member is used: that is in the code being
    /// analyzed (often another file declares the member), and each request gets its own diagnostic. Where its text is
    /// written is remembered in <see cref="Origins"/> (the innermost member's, for a member initialized from a member).
    /// </summary>
    private ScalarValue FromMember(ScalarValue value, IOperation site, ISymbol member, IOperation? key)
    {
        // A member with several arms (`Pick => canary ? A : B`) puts them all on one use, where no single place wrote
        // the value: no origin is recorded for it.
        if (value.Arms is null && value.Operation is { } written && (value.State == ValueState.Known || value.IsPartial))
        {
            var origin = Origins.Of(written.Syntax) is { IsWhole: true } inner
                ? inner // `Api => Other`: the text is written in Other's initializer
                : new ValueOrigin(written.Syntax, MemberName(member, key), isWhole: true);
            Origins.Record(site.Syntax, origin);
        }

        return At(value, site);
    }

    private static string MemberName(ISymbol member, IOperation? key)
    {
        var name = member.ContainingType is { } type ? type.Name + "." + member.Name : member.Name;
        if (key is null)
        {
            return name;
        }

        return ValueReader.Unwrap(key).ConstantValue.Value switch
        {
            string text => name + "[\"" + text + "\"]",
            { } other => name + "[" + System.Convert.ToString(other, CultureInfo.InvariantCulture) + "]",
            _ => name,
        };
    }

    /// <summary>Moves a value to the expression that uses it (see <see cref="FromMember"/>).</summary>
    internal static ScalarValue At(ScalarValue value, IOperation site)
    {
        if (value.Arms is { } arms)
        {
            var moved = new List<ScalarValue>(arms.Count);
            foreach (var arm in arms)
            {
                moved.Add(At(arm, site));
            }

            return ScalarValue.Choice(moved, value.HasUnknownArm);
        }

        return value.State == ValueState.Known ? ScalarValue.Known(value.Text!, site)
            : value.IsPartial ? ScalarValue.Partial(value.Text!, value.Display!, site)
            : value;
    }

    /// <summary>Each arm on its own: a diagnostic about one sits on that arm.</summary>
    private ScalarValue Choice(IReadOnlyList<IOperation> options, int depth)
    {
        var arms = new List<ScalarValue>(options.Count);
        var hasUnknown = false;
        foreach (var option in options)
        {
            var value = Resolve(option, depth + 1);
            if (value.Arms is { } nested)
            {
                arms.AddRange(nested);
                hasUnknown |= value.HasUnknownArm;
            }
            else if (value.State == ValueState.Known || value.IsPartial)
            {
                arms.Add(value);
            }
            else
            {
                hasUnknown = true; // unknown, or null (no value on that path)
            }
        }

        if (arms.Count == 0)
        {
            return ScalarValue.Unknown;
        }

        return ScalarValue.Choice(arms, hasUnknown);
    }

    private ScalarValue Interpolation(IInterpolatedStringOperation interpolated, int depth)
    {
        var parts = new List<Part>(interpolated.Parts.Length);
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    parts.Add(Part.Of(text.Text));
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    parts.Add(Part.Of(hole.Expression));
                    break;
                default:
                    parts.Add(Part.Hole(part.Syntax.ToString())); // `{tag,10}`, `{build:D3}`: formatted at run time
                    break;
            }
        }

        return Concat(parts, interpolated, depth);
    }

    /// <summary>string.Format with a constant format, string.Concat and string.Join with a constant separator.</summary>
    private ScalarValue StringMethod(IInvocationOperation invocation, int depth)
    {
        var arguments = Flatten(invocation.Arguments);
        switch (invocation.TargetMethod.Name)
        {
            case "Concat":
                var concatParts = new List<Part>(arguments.Count);
                foreach (var argument in arguments)
                {
                    concatParts.Add(Part.Of(argument));
                }

                return Concat(concatParts, invocation, depth);
            case "Format" when arguments.Count >= 1 && invocation.TargetMethod.Parameters[0].Type.SpecialType == SpecialType.System_String:
                var format = Resolve(arguments[0], depth + 1);
                return format.State == ValueState.Known && FormatParts(format.Text!, arguments) is { } formatParts
                    ? Concat(formatParts, invocation, depth)
                    : ScalarValue.Unknown;
            case "Join" when arguments.Count >= 1 && invocation.TargetMethod.Parameters[invocation.TargetMethod.Parameters.Length - 1].IsParams:
                var separator = Resolve(arguments[0], depth + 1);
                if (separator.State != ValueState.Known)
                {
                    return ScalarValue.Unknown;
                }

                var joinParts = new List<Part>();
                for (var i = 1; i < arguments.Count; i++)
                {
                    if (i > 1)
                    {
                        joinParts.Add(Part.Text(separator.Text!));
                    }

                    joinParts.Add(Part.Of(arguments[i]));
                }

                return Concat(joinParts, invocation, depth);
            default:
                return ScalarValue.Unknown;
        }
    }

    /// <summary>The argument values, with a params array's elements in place of the array.</summary>
    private static List<IOperation> Flatten(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        var values = new List<IOperation>(arguments.Length);
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                values.AddRange(initializer.ElementValues);
            }
            else
            {
                values.Add(argument.Value);
            }
        }

        return values;
    }

    /// <summary>The pieces of a composite format ("{0}/ops/agent:{1}"), or null when it is not one this reads.</summary>
    private static List<Part>? FormatParts(string format, List<IOperation> arguments)
    {
        var parts = new List<Part>();
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                return null;
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            var end = format.IndexOf('}', i);
            if (end < 0)
            {
                return null;
            }

            var item = format.Substring(i + 1, end - i - 1);
            parts.Add(Part.Text(text.ToString()));
            text.Clear();
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index + 1 < arguments.Count)
            {
                parts.Add(Part.Of(arguments[index + 1]));
            }
            else
            {
                parts.Add(Part.Hole("{" + item + "}")); // alignment or format: applied at run time
            }

            i = end;
        }

        parts.Add(Part.Text(text.ToString()));
        return parts;
    }

    /// <summary>Known pieces joined; from the first unknown piece on, the value is partial.</summary>
    private ScalarValue Concat(IReadOnlyList<Part> parts, IOperation whole, int depth)
    {
        var prefix = new StringBuilder();
        var display = new StringBuilder();
        var complete = true;
        IOperation? site = null;
        ValueOrigin? partOrigin = null;
        foreach (var part in parts)
        {
            var value = part.Operation is { } operation ? Resolve(operation, depth + 1) : part.Value;
            if (site is null && value.Operation is { } from && from.Syntax.SyntaxTree != whole.Syntax.SyntaxTree)
            {
                site = from; // a call site's argument: the diagnostic goes where the caller can see and change it
            }

            if (partOrigin is null && value.Operation is { } used)
            {
                partOrigin = Origins.Of(used.Syntax); // `Registries.Lab + "/app:1"`: the registry is written there
            }

            if (value.State == ValueState.Known)
            {
                display.Append(value.Text);
                if (complete)
                {
                    prefix.Append(value.Text);
                }
            }
            else if (value.State == ValueState.Absent)
            {
                continue; // null concatenates as nothing
            }
            else
            {
                if (complete && value.IsPartial)
                {
                    prefix.Append(value.Text);
                }

                display.Append(value.IsPartial ? value.Display : "{" + part.Syntax + "}");
                complete = false;
            }
        }

        // Not while judging a callee with a call site's arguments: its nodes are read once per call site, and a part's
        // origin may differ between them (members themselves never depend on the arguments, so FromMember records).
        if (site is null && partOrigin is not null && _parameters is null)
        {
            Origins.Record(whole.Syntax, partOrigin.AsPart());
        }

        if (complete)
        {
            return ScalarValue.Known(prefix.ToString(), site ?? whole);
        }

        return prefix.Length > 0 ? ScalarValue.Partial(prefix.ToString(), display.ToString(), site ?? whole) : ScalarValue.Unknown;
    }

    /// <summary>A piece of a concatenation: an expression to resolve, or text (constant, or a hole shown as written).</summary>
    private readonly struct Part
    {
        private Part(IOperation? operation, ScalarValue value, string? syntax)
        {
            Operation = operation;
            Value = value;
            Syntax = syntax;
        }

        public IOperation? Operation { get; }

        public ScalarValue Value { get; }

        public string? Syntax { get; }

        public static Part Of(IOperation operation) => new(operation, default, operation.Syntax.ToString());

        public static Part Text(string text) => new(null, ScalarValue.Known(text, null!), null);

        public static Part Hole(string syntax) => new(null, ScalarValue.Unknown, syntax.Trim('{', '}'));
    }
}
