using System.IO;

namespace Eci.Analyzers.Tests.Machinery;

/// <summary>
/// <c>-p:EciSdk=Package</c> must switch every project that compiles SDK code, so none may reference the stand-in (or
/// the package) itself: each imports the one switch, <c>tests/StandIns/EciSdk.props</c>.
/// </summary>
public class EciSdkSwitchTests
{
    [Fact]
    public void EveryProjectThatUsesTheSdkGetsItFromTheSwitch()
    {
        var root = DescriptorTests.RepositoryRoot();
        var projects = Directory.GetFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(IsBuildOutput))
            .ToArray();
        var importers = projects.Where(path => File.ReadAllText(path).Contains(@"StandIns\EciSdk.props", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();

        Assert.All(projects, path => Assert.DoesNotContain("Include=\"AlibabaCloud.SDK.ECI", File.ReadAllText(path), StringComparison.Ordinal));
        Assert.Equal(
            new[]
            {
                "bench/Eci.Analyzers.Benchmarks/Eci.Analyzers.Benchmarks.csproj",
                "samples/Eci.Samples.ContainerGroups/Eci.Samples.ContainerGroups.csproj",
                "tests/Eci.Analyzers.PackageTests/Eci.Analyzers.PackageTests.csproj",
                "tests/Eci.Analyzers.Tests/Eci.Analyzers.Tests.csproj",
                "tests/Eci.ImagePull.IntegrationTests/Eci.ImagePull.IntegrationTests.csproj",
                "tests/Eci.ImagePull.Tests/Eci.ImagePull.Tests.csproj",
            },
            importers);
    }

    [Fact]
    public void TheStandInLivesWithTheTests()
    {
        var standIn = Path.Combine(DescriptorTests.RepositoryRoot(), "tests", "StandIns", "AlibabaCloud.SDK.ECI", "AlibabaCloud.SDK.ECI.csproj");

        Assert.True(File.Exists(standIn), "missing " + standIn);
    }

    /// <summary>Build output and the benchmarks' generated projects (bench/out), which reference the DLL by path.</summary>
    private static bool IsBuildOutput(string folder) => folder is "bin" or "obj" or "out";
}
