using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Sdk;

/// <summary>
/// Library methods that only look at an object handed to them: logging, console and text output, formatting and JSON
/// serialization. A request passed to them is read, not changed or kept. The list names types, not namespaces:
/// System.Collections also takes objects, and keeps them.
/// </summary>
internal static class ReadingApis
{
    public static bool Reads(IMethodSymbol method, IParameterSymbol parameter)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        if (IsTeaModelHelper(method, type, parameter))
        {
            return true;
        }

        if (!TakesAnyObject(parameter))
        {
            return false;
        }

        return FullName(type) switch
        {
            "System.Console" or "System.String" or "System.IO.TextWriter" or "System.Text.StringBuilder"
                or "System.Diagnostics.Debug" or "System.Diagnostics.Trace" or "System.FormattableString"
                or "System.Text.Json.JsonSerializer" or "Newtonsoft.Json.JsonConvert"
                or "Microsoft.Extensions.Logging.LoggerExtensions" or "Microsoft.Extensions.Logging.ILogger"
                or "System.Object" or "Eci.ImagePull.PullPreflight" => true,
            _ => false,
        };
    }

    /// <summary>
    /// The SDK's runtime (Tea) gives every model <c>ToMap()</c> and <c>Validate()</c> as extension methods of
    /// <c>Tea.TeaModelExtensions</c>: they walk the model's properties and change nothing (<c>request.Validate();</c>
    /// before a send, <c>logger.LogDebug("{Map}", request.ToMap())</c>).
    /// </summary>
    private static bool IsTeaModelHelper(IMethodSymbol method, INamedTypeSymbol type, IParameterSymbol parameter) =>
        method.Name is "ToMap" or "Validate" && parameter.Ordinal == 0 && method.IsExtensionMethod
            && type.Name == "TeaModelExtensions" && type.ContainingNamespace is { Name: "Tea", ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>object, object[] (params of the formatting APIs) or a type parameter (JsonSerializer.Serialize&lt;T&gt;).</summary>
    private static bool TakesAnyObject(IParameterSymbol parameter)
    {
        var type = parameter.OriginalDefinition.Type; // Serialize<T>(T value) is seen as Serialize(request) at the call
        return type.SpecialType == SpecialType.System_Object
            || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object }
            || type.TypeKind == TypeKind.TypeParameter;
    }

    private static string FullName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.Name : type.Name;
}
