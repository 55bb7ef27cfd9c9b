using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Eci.Analyzers.PackageTests;

/// <summary>What is inside Eci.Analyzers.{version}.nupkg: exact files, dependencies, metadata, assembly identities.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests
{
    private readonly PackageFixture _package;

    public PackageContentsTests(PackageFixture package) => _package = package;

    [Fact]
    public void ContainsExactlyTheAnalyzersTheRuntimeLibraryThePresetsAndTheMetadataFiles()
    {
        var expected = new[]
        {
            "[Content_Types].xml",
            "_rels/.rels",
            "Eci.Analyzers.nuspec",
            "README.md",
            "icon.png",
            "analyzers/dotnet/cs/Eci.Analyzers.dll",
            "analyzers/dotnet/cs/Eci.Analyzers.CodeFixes.dll",
            "buildTransitive/Eci.Analyzers.props",
            "buildTransitive/presets/eci-relaxed.globalconfig",
            "buildTransitive/presets/eci-strict.globalconfig",
            "lib/net10.0/Eci.ImagePull.dll",
            "lib/net10.0/Eci.ImagePull.xml",
            "lib/netstandard2.0/Eci.ImagePull.dll",
            "lib/netstandard2.0/Eci.ImagePull.xml",
        };
        var entries = _package.PackageEntries();
        // NuGet names the OPC core-properties part itself; it is the only entry whose name is not ours to choose.
        var coreProperties = entries.Where(e => Regex.IsMatch(e, @"^package/services/metadata/core-properties/[^/]+\.psmdcp$")).ToList();

        Assert.Single(coreProperties);
        Assert.Equal(expected.OrderBy(e => e, StringComparer.Ordinal), entries.Except(coreProperties).OrderBy(e => e, StringComparer.Ordinal));
    }

    [Fact]
    public void ShipsNoCompilerAssemblyAndDependsOnNoCompilerPackage()
    {
        Assert.DoesNotContain(_package.PackageEntries(), e => Path.GetFileName(e).StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Dependencies(), d => d.Id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase) || d.Id.StartsWith("Microsoft.Net.Compilers", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void DependsOnSystemTextJsonForNetStandardOnlyAtTheVersionTheLibraryBuiltWith()
    {
        var groups = Nuspec("dependencies").Elements().ToDictionary(g => (string)g.Attribute("targetFramework")!, g => g.Elements().ToList());

        Assert.Equal(new[] { ".NETStandard2.0", "net10.0" }, groups.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Empty(groups["net10.0"]);
        var json = Assert.Single(groups[".NETStandard2.0"]);
        Assert.Equal("System.Text.Json", (string?)json.Attribute("id"));
        Assert.Equal(Repository.CentralPackageVersion("System.Text.Json"), (string?)json.Attribute("version"));
        // A dependency of the runtime library, not of users' builds: its build logic and analyzers stay out.
        Assert.Equal("Build,Analyzers", (string?)json.Attribute("exclude"));
    }

    [Fact]
    public void VersionComesFromDirectoryBuildPropsAndTheAnalyzerAssembliesCarryIt()
    {
        Assert.Equal(Repository.VersionPrefix, _package.Version);
        // IDEs cache an analyzer by assembly identity: each release must have a new assembly version.
        var releaseVersion = new Version(Repository.VersionPrefix + ".0");
        foreach (var analyzer in new[] { "Eci.Analyzers", "Eci.Analyzers.CodeFixes" })
        {
            var definition = ReadAssembly("analyzers/dotnet/cs/" + analyzer + ".dll", r => r.GetAssemblyDefinition().GetAssemblyName());
            Assert.Equal(analyzer, definition.Name);
            Assert.Equal(releaseVersion, definition.Version);
        }
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/Eci.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/Eci.Analyzers.CodeFixes.dll")]
    public void AnalyzersNeedOnlyWhatTheCompilerHostProvidesFromRoslyn48On(string entry)
    {
        // What csc, Visual Studio, Rider and OmniSharp load analyzers next to; anything else would have to ship in the package.
        var hostProvided = new[]
        {
            "netstandard", "System.Collections.Immutable", "System.Composition.AttributedModel", "Microsoft.CodeAnalysis",
            "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces",
        };
        var references = ReadAssembly(entry, r => r.AssemblyReferences.Select(h => r.GetAssemblyReference(h).GetAssemblyName()).ToList());

        Assert.All(references, reference => Assert.True(
            hostProvided.Contains(reference.Name) || reference.Name == "Eci.Analyzers",
            entry + " references " + reference.FullName + ", which the compiler does not provide and the package does not ship"));
        Assert.All(references.Where(r => r.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)), reference =>
            Assert.True(reference.Version! <= new Version(4, 8, 0, 0), entry + " needs " + reference.FullName + ": newer than the Roslyn 4.8 the README names"));
    }

    [Fact]
    public void CarriesTheRepositoryPresetsAndPropsUnchanged()
    {
        Assert.Equal(Repository.ReadAllBytes("src/Eci.Analyzers/build/Eci.Analyzers.props"), _package.ReadPackageEntry("buildTransitive/Eci.Analyzers.props"));
        foreach (var preset in new[] { "eci-relaxed", "eci-strict" })
        {
            Assert.Equal(
                Repository.ReadAllBytes("src/Eci.Analyzers/build/presets/" + preset + ".globalconfig"),
                _package.ReadPackageEntry("buildTransitive/presets/" + preset + ".globalconfig"));
        }
    }

    [Fact]
    public void HasTheMetadataAPackageGalleryShows()
    {
        Assert.Equal("Eci.Analyzers", Nuspec("id").Value);
        var license = Nuspec("license");
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("icon.png", Nuspec("icon").Value);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, _package.ReadPackageEntry("icon.png").Take(4).ToArray());
        Assert.Equal("README.md", Nuspec("readme").Value);
        var readme = System.Text.Encoding.UTF8.GetString(_package.ReadPackageEntry("README.md"));
        Assert.Equal(Repository.ReadAllText("src/Eci.Analyzers.Package/PACKAGE.md"), readme);
        Assert.Contains("dotnet add package Eci.Analyzers", readme, StringComparison.Ordinal);
        var repository = Nuspec("repository");
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.StartsWith("https://github.com/", (string?)repository.Attribute("url"), StringComparison.Ordinal);
        Assert.Equal((string?)repository.Attribute("url"), Nuspec("projectUrl").Value);
        Assert.False(string.IsNullOrWhiteSpace(Nuspec("description").Value));
        // Users' libraries must pass Eci.ImagePull on to their consumers: this is no development-only package.
        Assert.Null(Nuspec().Elements().SingleOrDefault(e => e.Name.LocalName == "developmentDependency"));
    }

    private XElement Nuspec() => _package.ReadNuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    private XElement Nuspec(string element) => Nuspec().Elements().Single(e => e.Name.LocalName == element);

    private IEnumerable<(string Id, string Version)> Dependencies() =>
        Nuspec().Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => ((string)e.Attribute("id")!, (string)e.Attribute("version")!));

    private T ReadAssembly<T>(string entry, Func<MetadataReader, T> read)
    {
        using var pe = new PEReader(new MemoryStream(_package.ReadPackageEntry(entry)));
        return read(pe.GetMetadataReader());
    }
}
