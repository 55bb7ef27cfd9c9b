using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// Every change the fixes make to one request, gathered first and applied together, so that Fix All can add three
/// registries to one PlainHttpRegistry literal in one edit instead of three conflicting ones.
/// </summary>
internal sealed class RequestEdits
{
    public RequestEdits(TextSpan creationSpan, string requestKind)
    {
        CreationSpan = creationSpan;
        RequestKind = requestKind;
    }

    public TextSpan CreationSpan { get; }

    public string RequestKind { get; }

    public ListEdit PlainHttp { get; } = new("PlainHttpRegistry");

    public ListEdit Insecure { get; } = new("InsecureRegistry");

    /// <summary>Credential elements to add, by address, in the order first asked for.</summary>
    public List<string> CredentialsToAdd { get; } = new();

    public TextSpan? CredentialListSpan { get; set; }

    /// <summary>The list creation the credentials go into (written in the request, or a local's initializer); resolved at fix time.</summary>
    public ExpressionSyntax? CredentialTarget { get; set; }

    public bool CredentialListAbsent { get; set; }

    /// <summary>String literals to replace as a whole: a credential Server (ECI001, ECI005), an image (ECI006, ECI009).</summary>
    public Dictionary<TextSpan, string> LiteralReplacements { get; } = new();

    /// <summary>Images whose <c>http://</c> is stripped (ECI006): only right when PlainHttpRegistry gets the address too.</summary>
    public Dictionary<TextSpan, string> ImagesNeedingPlainHttp { get; } = new();

    /// <summary>Password expressions to replace with a run-time lookup for the given address (ECI007).</summary>
    public Dictionary<TextSpan, string> PasswordLookups { get; } = new();

    /// <summary>Set AutoCreateEip = true (ECI011).</summary>
    public bool EnableAutoCreateEip { get; set; }

    /// <summary>Where AutoCreateEip is already written (a false constant to flip).</summary>
    public TextSpan? AutoCreateEipSpan { get; set; }

    public static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}

/// <summary>The changes to one of the two comma-separated registry lists.</summary>
internal sealed class ListEdit
{
    public ListEdit(string propertyName)
    {
        PropertyName = propertyName;
    }

    public string PropertyName { get; }

    /// <summary>Where the current value is written, when it is known.</summary>
    public TextSpan? ValueSpan { get; set; }

    /// <summary>The literal that holds the value, when a fix may edit it; resolved at fix time.</summary>
    public ListTarget? Target { get; set; }

    public List<string> Add { get; } = new();

    public List<string> Remove { get; } = new();

    /// <summary>Entry text (raw) to replace with an address.</summary>
    public Dictionary<string, string> Rewrite { get; } = new();

    /// <summary>
    /// ECI005: the canonical value the engine computed for the list (schemes and paths stripped, trimmed, empties and
    /// duplicates dropped), which replaces the whole value before the other edits; null when the list is not malformed.
    /// </summary>
    public string? Normalized { get; set; }

    public bool IsEmpty => Normalized is null && Add.Count == 0 && Remove.Count == 0 && Rewrite.Count == 0;
}
