using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// Applies gathered <see cref="RequestEdits"/> to a syntax tree in one pass. Every member it writes is checked against
/// the request type the file compiles with, so an SDK without PlainHttpRegistry (1.0.0-1.0.2) never gets one.
/// </summary>
internal sealed class RequestRewriter
{
    private readonly SyntaxNode _root;
    private readonly SemanticModel _model;
    private readonly FileStyle _style;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>> _replacements = new();
    private readonly Dictionary<SyntaxNode, SortedSet<int>> _removals = new();

    // Several requests may read one local list: their credentials are merged, each address once, in request order.
    private readonly Dictionary<ExpressionSyntax, (string Kind, List<string> Addresses)> _credentialAdds = new();
    private readonly List<ExpressionSyntax> _credentialListOrder = new();

    private RequestRewriter(SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        _root = root;
        _model = model;
        _style = FileStyle.Of(root);
        _cancellationToken = cancellationToken;
    }

    public static SyntaxNode Apply(SyntaxNode root, SemanticModel model, IEnumerable<RequestEdits> requests, CancellationToken cancellationToken)
    {
        var rewriter = new RequestRewriter(root, model, cancellationToken);
        foreach (var request in requests)
        {
            rewriter.Plan(request);
        }

        return rewriter.Rewrite();
    }

    private SyntaxNode Rewrite()
    {
        foreach (var list in _credentialListOrder)
        {
            var (kind, addresses) = _credentialAdds[list];
            var targetTyped = ElementsAreTargetTyped(list);
            var elements = addresses.Select(a => (ExpressionSyntax)GeneratedSyntax.CredentialElement(kind, a, targetTyped)).ToArray();
            _replacements[list] = node => AddListElements(node, elements);
        }

        if (_replacements.Count == 0 && _removals.Count == 0)
        {
            return _root;
        }

        // Removals first: their indices name the children as written, which nested replacements do not reorder.
        return _root.ReplaceNodes(
            _replacements.Keys.Concat(_removals.Keys).Distinct(),
            (original, rewritten) =>
            {
                var node = _removals.TryGetValue(original, out var indices) ? ChildRemoval.Remove(rewritten, indices) : rewritten;
                return _replacements.TryGetValue(original, out var replace) ? replace(node) : node;
            });
    }

    private void Plan(RequestEdits request)
    {
        var creation = SyntaxSearch.Find<BaseObjectCreationExpressionSyntax>(_root, request.CreationSpan);
        if (creation is null)
        {
            // A literal fixed where it stands (an image a call site passes to a method that builds the request): the
            // request itself is elsewhere and is not edited.
            PlanLiteralReplacements(request.LiteralReplacements);
            return;
        }

        var requestType = _model.GetTypeInfo(creation, _cancellationToken).Type;
        var newMembers = new List<ExpressionSyntax>();
        if (!PlanList(request.PlainHttp, requestType, newMembers))
        {
            // A move or a stripped http:// is only right when PlainHttpRegistry gets the address: all or nothing.
            request.Insecure.Remove.RemoveAll(request.PlainHttp.Add.Contains);
            request.ImagesNeedingPlainHttp.Clear();
        }

        PlanList(request.Insecure, requestType, newMembers);

        PlanLiteralReplacements(request.LiteralReplacements.Concat(request.ImagesNeedingPlainHttp));

        foreach (var lookup in request.PasswordLookups)
        {
            if (SyntaxSearch.Find<ExpressionSyntax>(_root, lookup.Key) is { } password)
            {
                var address = lookup.Value;
                _replacements[password] = node => GeneratedSyntax.CredentialLookup("PasswordFor", address).WithTriviaFrom(node);
            }
        }

        if (request.EnableAutoCreateEip)
        {
            if (request.AutoCreateEipSpan is { } eipSpan)
            {
                if (SyntaxSearch.Find<ExpressionSyntax>(_root, eipSpan) is { } existing)
                {
                    _replacements[existing] = node => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(node);
                }
            }
            else if (HasProperty(requestType, "AutoCreateEip"))
            {
                newMembers.Add(GeneratedSyntax.Assignment("AutoCreateEip", SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)));
            }
        }

        PlanCredentials(request, requestType, TrailingComma(creation.Initializer), newMembers);

        if (newMembers.Count > 0)
        {
            var members = newMembers.ToArray();
            _replacements[creation] = node => InitializerMembers.Add((BaseObjectCreationExpressionSyntax)node, members);
        }
    }

    /// <summary>Plans the edit of one registry list; false when it asks for an address the fix cannot write.</summary>
    private bool PlanList(ListEdit edit, ITypeSymbol? requestType, List<ExpressionSyntax> newMembers)
    {
        if (edit.IsEmpty)
        {
            return true;
        }

        if (edit.ValueSpan is not null)
        {
            if (edit.Target is not { } target)
            {
                return false; // a parameter, a field, a constant another request reads: not this fix's to change
            }

            var original = target.Literal.Token.ValueText;
            var updated = RegistryListText.Apply(original, edit);
            if (updated == original)
            {
                return true;
            }

            if (updated.Length > 0 || original.Length == 0 || !RemoveAssignment(target, edit.PropertyName))
            {
                _replacements[target.Literal] = node => GeneratedSyntax.String(updated).WithTriviaFrom(node);
            }

            return true;
        }

        if (edit.Add.Count == 0)
        {
            return true;
        }

        if (!HasProperty(requestType, edit.PropertyName))
        {
            return false; // SDK 1.0.0-1.0.2: the member does not exist, and writing it would not compile
        }

        newMembers.Add(GeneratedSyntax.Assignment(edit.PropertyName, GeneratedSyntax.String(RegistryListText.Apply(string.Empty, edit))));
        return true;
    }

    private void PlanLiteralReplacements(IEnumerable<KeyValuePair<TextSpan, string>> rewrites)
    {
        foreach (var rewrite in rewrites)
        {
            if (SyntaxSearch.Find<LiteralExpressionSyntax>(_root, rewrite.Key) is { } literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                var text = rewrite.Value;
                _replacements[literal] = node => GeneratedSyntax.String(text).WithTriviaFrom(node);
            }
        }
    }

    private void PlanCredentials(RequestEdits request, ITypeSymbol? requestType, bool trailingComma, List<ExpressionSyntax> newMembers)
    {
        if (request.CredentialsToAdd.Count == 0 || !HasProperty(requestType, "ImageRegistryCredential"))
        {
            return;
        }

        if (request.CredentialListSpan is not null)
        {
            if (request.CredentialTarget is not { } list)
            {
                return; // a parameter, a field, a list built by a call: not this fix's to change
            }

            if (!_credentialAdds.TryGetValue(list, out var adds))
            {
                adds = (request.RequestKind, new List<string>());
                _credentialAdds[list] = adds;
                _credentialListOrder.Add(list);
            }

            foreach (var address in request.CredentialsToAdd)
            {
                RequestEdits.AddOnce(adds.Addresses, address);
            }

            return;
        }

        if (request.CredentialListAbsent)
        {
            var elements = request.CredentialsToAdd
                .Select(a => (ExpressionSyntax)GeneratedSyntax.CredentialElement(request.RequestKind, a, _style.TargetTypedNew))
                .ToArray();
            newMembers.Add(GeneratedSyntax.Assignment(
                "ImageRegistryCredential", GeneratedSyntax.CredentialList(request.RequestKind, elements, _style.CollectionExpressions, trailingComma)));
        }
    }

    /// <summary>
    /// An emptied list is removed rather than left as <c>""</c>: the assignment, and the constant that only it read.
    /// Not when another assignment of the member would then decide the value, nor where the statement cannot simply go.
    /// </summary>
    private bool RemoveAssignment(ListTarget target, string propertyName)
    {
        if (target.Site.Parent is not AssignmentExpressionSyntax assignment
            || assignment.Right != target.Site
            || OtherWritesOf(assignment, propertyName))
        {
            return false;
        }

        switch (assignment.Parent)
        {
            case InitializerExpressionSyntax initializer:
                Remove(initializer, initializer.Expressions.IndexOf(assignment));
                break;
            case ExpressionStatementSyntax { Parent: BlockSyntax block } statement:
                Remove(block, block.Statements.IndexOf(statement));
                break;
            default:
                return false;
        }

        if (target.Constant is { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration })
        {
            switch (declaration.Parent)
            {
                case LocalDeclarationStatementSyntax { Parent: BlockSyntax block } local:
                    Remove(block, block.Statements.IndexOf(local));
                    break;
                case FieldDeclarationSyntax { Parent: TypeDeclarationSyntax type } field:
                    Remove(type, type.Members.IndexOf(field));
                    break;
            }
        }

        return true;
    }

    /// <summary>Whether the request's initializer ends its members with a comma (new lists follow its lead).</summary>
    private static bool TrailingComma(InitializerExpressionSyntax? initializer) =>
        initializer is { Expressions: { Count: > 0 } expressions } && expressions.SeparatorCount == expressions.Count;

    /// <summary>
    /// Another write of the member in the same method that could be this request's: a statement (<c>x.InsecureRegistry = ...</c>)
    /// or a second entry of the same initializer. Entries of other objects' initializers belong to other requests.
    /// </summary>
    private static bool OtherWritesOf(AssignmentExpressionSyntax assignment, string propertyName)
    {
        var body = assignment.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode)assignment.SyntaxTree.GetRoot();
        return body.DescendantNodes()
            .OfType<AssignmentExpressionSyntax>()
            .Any(other => other != assignment
                && WrittenName(other.Left) == propertyName
                && (other.Parent is not InitializerExpressionSyntax || other.Parent == assignment.Parent));
    }

    private static string? WrittenName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    private void Remove(SyntaxNode parent, int index)
    {
        if (index < 0)
        {
            return;
        }

        if (!_removals.TryGetValue(parent, out var indices))
        {
            indices = new SortedSet<int>();
            _removals[parent] = indices;
        }

        indices.Add(index);
    }

    private static bool HasProperty(ITypeSymbol? type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).Any(m => m is IPropertySymbol { SetMethod: not null }))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>New elements are written like the list's own: <c>new()</c> when its elements are, else as the file does.</summary>
    private bool ElementsAreTargetTyped(ExpressionSyntax list)
    {
        var first = list switch
        {
            BaseObjectCreationExpressionSyntax { Initializer.Expressions: { Count: > 0 } expressions } => expressions[0],
            CollectionExpressionSyntax { Elements: { Count: > 0 } elements } => (elements[0] as ExpressionElementSyntax)?.Expression,
            _ => null,
        };
        return first switch
        {
            ImplicitObjectCreationExpressionSyntax => true,
            ObjectCreationExpressionSyntax => false,
            _ => _style.TargetTypedNew,
        };
    }

    private static SyntaxNode AddListElements(SyntaxNode list, ExpressionSyntax[] elements)
    {
        switch (list)
        {
            case CollectionExpressionSyntax collection:
                return collection.AddElements(elements.Select(e => (CollectionElementSyntax)SyntaxFactory.ExpressionElement(e)).ToArray())
                    .WithAdditionalAnnotations(Formatter.Annotation);
            case BaseObjectCreationExpressionSyntax creation:
                var initializer = creation.Initializer is { } existing
                    ? InitializerMembers.Append(existing, elements)
                    : SyntaxFactory.InitializerExpression(SyntaxKind.CollectionInitializerExpression, SyntaxFactory.SeparatedList(elements))
                        .WithAdditionalAnnotations(Formatter.Annotation);
                return creation.WithInitializer(initializer);
            default:
                return list;
        }
    }
}
