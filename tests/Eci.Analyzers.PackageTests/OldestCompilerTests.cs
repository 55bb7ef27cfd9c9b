using System.Xml.Linq;

namespace Eci.Analyzers.PackageTests;

/// <summary>
/// The analyzers load and report the same under the oldest compiler the README promises, run from the
/// Microsoft.Net.Compilers.Toolset package as users of an older SDK or Visual Studio effectively do.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class OldestCompilerTests
{
    /// <summary>
    /// The oldest Microsoft.Net.Compilers.Toolset at or above Roslyn 4.8 (what the analyzers compile against) that the
    /// package source of this project's machines serves: 4.8 through 4.13 are not there, so 4.14 is the oldest compiler
    /// the README can promise on evidence.
    /// </summary>
    public const string OldestPromisedCompiler = "4.14.0";

    private readonly PackageFixture _package;

    public OldestCompilerTests(PackageFixture package) => _package = package;

    [Fact]
    public void AnalyzersRunUnderTheOldestPromisedCompilerWithTheSameResults()
    {
        var consumer = _package.NewConsumer("roslyn-" + OldestPromisedCompiler);
        consumer.EditProject(project => project.Add(
            new XElement("PropertyGroup",
                // The .NET 10 SDK uses its own compiler unless a toolset package claims the build; toolset packages from
                // 5.0 on say so themselves, 4.x ones predate the switch.
                new XElement("RoslynCompilerType", "Custom")),
            new XElement("ItemGroup",
                new XElement("PackageReference",
                    new XAttribute("Include", "Microsoft.Net.Compilers.Toolset"),
                    new XAttribute("Version", OldestPromisedCompiler),
                    new XAttribute("PrivateAssets", "all")))));

        // No compiler server: it would outlive the test, running from the temp packages folder the fixture deletes.
        var build = consumer.Build("-p:ErrorLog=eci.sarif%2Cversion=2.1", "-p:UseSharedCompilation=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        var old = SarifLog.Load(Path.Combine(consumer.Directory, "eci.sarif"));
        Assert.Equal(OldestPromisedCompiler, old.CompilerVersion);
        var current = SarifLog.Load(_package.Baseline.SarifLog);
        Assert.True(new Version(current.CompilerVersion) > new Version(OldestPromisedCompiler), "the baseline should be the SDK's newer compiler, was " + current.CompilerVersion);
        Assert.Equal(current.Results, old.Results);
        Assert.Equal(ConsumerBuildTests.ConsumerRules, BuildDiagnostics.Ids(build.Output));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Eci.Analyzers.Package/PACKAGE.md")]
    public void ReadmePromisesTheCompilerThisProves(string readme)
    {
        var version = new Version(OldestPromisedCompiler);
        Assert.Contains("Roslyn " + version.Major + "." + version.Minor + " or newer", Repository.ReadAllText(readme), StringComparison.Ordinal);
    }
}
