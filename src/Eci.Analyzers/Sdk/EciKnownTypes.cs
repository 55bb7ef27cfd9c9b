using System.Collections.Generic;
using System.Collections.Immutable;
using Eci.ImagePull;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Sdk;

/// <summary>
/// The SDK types the rules need, resolved once per compilation by metadata name. When the SDK is not referenced
/// <see cref="TryCreate"/> returns null and the analyzer registers nothing, so unrelated projects pay nothing.
/// A type that merely shares a simple name with the SDK's is never matched: symbols are compared, not names.
/// </summary>
internal sealed class EciKnownTypes
{
    public const string ModelsNamespace = "AlibabaCloud.SDK.Eci20180808.Models.";
    public const string ClientMetadataName = "AlibabaCloud.SDK.Eci20180808.Client";

    /// <summary>The credential element nested in each request: <c>XRequest.XRequestImageRegistryCredential</c>.</summary>
    public const string CredentialElementSuffix = "ImageRegistryCredential";

    private static readonly ImmutableHashSet<string> SendMethodStems = ImmutableHashSet.Create(
        "CreateContainerGroup", "CreateImageCache", "UpdateContainerGroup", "UpdateImageCache");

    private readonly Dictionary<ISymbol, RequestShape> _shapes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _containerTypes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _credentialTypes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _acrTypes = new(SymbolEqualityComparer.Default);

    // Every type above in one set: the body walk asks "is this a tracked model?" for every local it meets.
    private readonly HashSet<ISymbol> _trackedTypes = new(SymbolEqualityComparer.Default);
    private static readonly string[] SendMethodSuffixes = { "WithOptionsAsync", "WithOptions", "Async", string.Empty };

    private EciKnownTypes(INamedTypeSymbol? client)
    {
        Client = client;
    }

    public INamedTypeSymbol? Client { get; }

    /// <summary>The project references Eci.ImagePull's PullPreflight, so ECI012 and its fix have something to offer.</summary>
    public bool HasPreflight { get; private set; }

    /// <summary>
    /// The C# name of a request kind's credential element, as the fixes write it (with <c>global::</c>): resolved here by
    /// the same names, so what the fixes generate is what the rules recognise.
    /// </summary>
    public static string CredentialTypeName(string requestKind)
    {
        var request = requestKind + "Request";
        return "global::" + ModelsNamespace + request + "." + request + CredentialElementSuffix;
    }

    public static EciKnownTypes? TryCreate(Compilation compilation)
    {
        var types = new EciKnownTypes(compilation.GetTypeByMetadataName(ClientMetadataName));
        types.AddShape(compilation, RequestKind.CreateContainerGroup, "CreateContainerGroupRequest", hasInitContainers: true);
        types.AddShape(compilation, RequestKind.CreateImageCache, "CreateImageCacheRequest", hasInitContainers: false);
        types.AddShape(compilation, RequestKind.UpdateContainerGroup, "UpdateContainerGroupRequest", hasInitContainers: true);
        types.AddShape(compilation, RequestKind.UpdateImageCache, "UpdateImageCacheRequest", hasInitContainers: false);
        types.HasPreflight = compilation.GetTypeByMetadataName("Eci.ImagePull.PullPreflight") is not null;
        return types._shapes.Count == 0 ? null : types;
    }

    /// <summary>
    /// The request shape of an SDK request type, or of an application class deriving from one (<c>class LabRequest :
    /// CreateContainerGroupRequest</c>): its creations are read as requests, with its constructors' writes (see
    /// <see cref="RequestWriters"/>). A derived class that declares a member named like one the rules read hides the
    /// SDK's and is not a request to us.
    /// </summary>
    public RequestShape? GetShape(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        if (_shapes.TryGetValue(type, out var shape))
        {
            return shape;
        }

        // Most types derive from object directly: one test, no lookup. Only deeper classes reach the cache.
        if (type.TypeKind != TypeKind.Class || type.BaseType is not { SpecialType: not SpecialType.System_Object } || type.DeclaringSyntaxReferences.IsEmpty)
        {
            return null; // a class of another assembly: its constructors cannot be read, so it is not followed at all
        }

        return _derived.TryGetValue(type, out var derived) ? derived : _derived.GetOrAdd(type, DerivedShape(type));
    }

    /// <summary>Whether <paramref name="type"/> is an application class deriving from an SDK request type.</summary>
    public bool IsDerivedRequest(ITypeSymbol? type) => type is not null && !_shapes.ContainsKey(type) && GetShape(type) is not null;

    private RequestShape? DerivedShape(ITypeSymbol type)
    {
        var depth = 0;
        for (var current = type; current is not null && depth++ <= MaxDerivation; current = current.BaseType)
        {
            if (_shapes.TryGetValue(current, out var shape))
            {
                return shape;
            }

            foreach (var member in current.GetMembers())
            {
                if (ModelMembers.Of(member.Name) != ModelMember.None || member.IsOverride)
                {
                    return null; // `new string PlainHttpRegistry` (writes to it are not the request's), `override ToMap()`
                }
            }
        }

        return null;
    }

    /// <summary>How many application classes may stand between a class and the SDK request it derives from.</summary>
    private const int MaxDerivation = 3;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, RequestShape?> _derived = new(SymbolEqualityComparer.Default);

    public bool IsContainerType(ITypeSymbol? type) => type is not null && _containerTypes.Contains(type);

    public bool IsCredentialType(ITypeSymbol? type) => type is not null && _credentialTypes.Contains(type);

    public bool IsAcrType(ITypeSymbol? type) => type is not null && _acrTypes.Contains(type);

    /// <summary>True for any SDK model whose unwritten members the rules care about (requests and their elements).</summary>
    public bool IsTrackedModel(ITypeSymbol? type) => type is not null && (_trackedTypes.Contains(type) || GetShape(type) is not null);

    /// <summary>A method of Eci.ImagePull's <c>PullPreflight</c>: the run-time check of a request's actual values.</summary>
    public static bool IsPreflight(IMethodSymbol method) =>
        method.ContainingType is { Name: "PullPreflight", ContainingNamespace: { Name: "ImagePull", ContainingNamespace: { Name: "Eci", ContainingNamespace.IsGlobalNamespace: true } } };

    /// <summary>The ECI client's Create*/Update* methods: passing a request to them sends it, it does not escape.</summary>
    public bool IsSendMethod(IMethodSymbol method)
    {
        if (Client is null || !DerivesFromClient(method.ContainingType))
        {
            return false;
        }

        var name = method.Name;
        foreach (var suffix in SendMethodSuffixes)
        {
            if (name.EndsWith(suffix, System.StringComparison.Ordinal)
                && SendMethodStems.Contains(name.Substring(0, name.Length - suffix.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private bool DerivesFromClient(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, Client))
            {
                return true;
            }
        }

        return false;
    }

    private void AddShape(Compilation compilation, RequestKind kind, string requestName, bool hasInitContainers)
    {
        var request = compilation.GetTypeByMetadataName(ModelsNamespace + requestName);
        if (request is null)
        {
            return;
        }

        var containers = new List<INamedTypeSymbol>();
        AddIfFound(containers, Nested(request, requestName + "Container"));
        if (hasInitContainers)
        {
            AddIfFound(containers, Nested(request, requestName + "InitContainer"));
        }

        var credential = Nested(request, requestName + CredentialElementSuffix);
        var acr = Nested(request, requestName + "AcrRegistryInfo");
        _shapes[request] = new RequestShape(kind, request, containers, credential, acr);
        _trackedTypes.Add(request);
        foreach (var container in containers)
        {
            _containerTypes.Add(container);
            _trackedTypes.Add(container);
        }

        if (credential is not null)
        {
            _credentialTypes.Add(credential);
            _trackedTypes.Add(credential);
        }

        if (acr is not null)
        {
            _acrTypes.Add(acr);
            _trackedTypes.Add(acr);
        }
    }

    private static INamedTypeSymbol? Nested(INamedTypeSymbol outer, string name)
    {
        foreach (var member in outer.GetTypeMembers(name))
        {
            return member;
        }

        return null;
    }

    private static void AddIfFound(List<INamedTypeSymbol> list, INamedTypeSymbol? type)
    {
        if (type is not null)
        {
            list.Add(type);
        }
    }
}
