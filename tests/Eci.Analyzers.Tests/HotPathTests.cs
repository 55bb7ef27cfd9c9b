extern alias analyzers;

using System.Reflection;
using System.Runtime.CompilerServices;

namespace Eci.Analyzers.Tests;

/// <summary>
/// The per-request code paths are JIT-compiled fully optimized on first call (tiering left them unoptimized for most
/// of a cold build: bench/README.md). netstandard2.0 does not name the flag, so its spelled-out value is checked here.
/// </summary>
public class HotPathTests
{
    [Fact]
    public void SpelledOutFlagIsAggressiveOptimization() =>
        Assert.Equal(MethodImplOptions.AggressiveOptimization, analyzers::Eci.ImagePull.HotPath.Optimize);

    [Theory]
    [InlineData("Eci.Analyzers.ImagePullSettingsAnalyzer", "AnalyzeBlocks")]
    [InlineData("Eci.Analyzers.Model.BodyIndex", "Build")]
    [InlineData("Eci.Analyzers.Model.RequestReader", "Read")]
    [InlineData("Eci.ImagePull.Rules.PullSettingsRules", "Evaluate")]
    [InlineData("Eci.ImagePull.Rules.BoundedCache`2", "GetOrAdd")]
    [InlineData("Eci.Analyzers.DiagnosticPropertiesCache", "Get")]
    [InlineData("Eci.Analyzers.Model.ObjectView", "Writes")]
    [InlineData("Eci.ImagePull.Rules.AddressSet", "Contains")]
    public void PerRequestPathSkipsTiering(string typeName, string methodName)
    {
        var type = typeof(analyzers::Eci.Analyzers.ImagePullSettingsAnalyzer).Assembly.GetType(typeName, throwOnError: true)!;
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
            .Where(method => method.Name == methodName)
            .ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, method => Assert.True(
            method.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization),
            $"{typeName}.{methodName} lost [MethodImpl(HotPath.Optimize)]"));
    }
}
