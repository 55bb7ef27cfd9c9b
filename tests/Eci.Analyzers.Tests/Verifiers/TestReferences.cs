using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Eci.Analyzers.Tests.Verifiers;

/// <summary>
/// References for test compilations, taken from this machine instead of downloaded: the running runtime's
/// assemblies, the SDK stand-in, and Eci.ImagePull (so code produced by fixes is compiled for real).
/// </summary>
internal static class TestReferences
{
    /// <summary>No reference package: nothing is fetched from NuGet while tests run.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> Runtime { get; } = LoadRuntime();

    public static MetadataReference Sdk { get; } =
        MetadataReference.CreateFromFile(typeof(AlibabaCloud.SDK.Eci20180808.Client).Assembly.Location);

    public static MetadataReference ImagePull { get; } =
        MetadataReference.CreateFromFile(typeof(global::Eci.ImagePull.RegistryCredentials).Assembly.Location);

    private static ImmutableArray<MetadataReference> LoadRuntime()
    {
        var list = (string?)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in list.Split(Path.PathSeparator))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith("System.", StringComparison.Ordinal)
                || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll")
            {
                builder.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return builder.ToImmutable();
    }
}
