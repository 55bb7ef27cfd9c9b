using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

internal static class Conversions
{
    /// <summary>The outermost conversion around <paramref name="operation"/>: `object o = request` is a use of the request.</summary>
    public static IOperation Outermost(IOperation operation)
    {
        while (operation.Parent is IConversionOperation conversion)
        {
            operation = conversion;
        }

        return operation;
    }
}
