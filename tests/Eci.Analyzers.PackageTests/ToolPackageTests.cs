using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Eci.Analyzers.PackageTests;

/// <summary>The eci-pull dotnet-tool package: its contents, and <c>dotnet tool install</c> from a local feed gives a working command.</summary>
[Collection(PackageCollection.Name)]
public sealed class ToolPackageTests
{
    private readonly PackageFixture _package;

    public ToolPackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void PortablePackageHoldsTheToolItsRuntimeLibraryAndTheMetadataFiles()
    {
        // The portable build is the `any` RID package since the top package became a list of RID packages
        // (RidSpecificToolPackageTests); its content is what the single tool package held before.
        var package = _package.ToolPackages.Portable;
        var entries = PackageFixture.Entries(package);
        var expected = new[]
        {
            "[Content_Types].xml", "_rels/.rels", "Eci.Pull.Tool.any.nuspec", "README.md", "icon.png",
            "tools/net10.0/any/DotnetToolSettings.xml",
            "tools/net10.0/any/eci-pull.dll", "tools/net10.0/any/eci-pull.pdb",
            "tools/net10.0/any/eci-pull.deps.json", "tools/net10.0/any/eci-pull.runtimeconfig.json",
            "tools/net10.0/any/Eci.ImagePull.dll", "tools/net10.0/any/Eci.ImagePull.pdb",
            "tools/net10.0/any/System.CommandLine.dll",
        };
        var coreProperties = entries.Where(e => Regex.IsMatch(e, @"^package/services/metadata/core-properties/[^/]+\.psmdcp$")).ToList();

        Assert.Single(coreProperties);
        Assert.Equal(expected.OrderBy(e => e, StringComparer.Ordinal), entries.Except(coreProperties).OrderBy(e => e, StringComparer.Ordinal));

        var top = _package.ToolPackagePath;
        var metadata = XDocument.Load(new MemoryStream(PackageFixture.ReadEntry(top, "Eci.Pull.Tool.nuspec"))).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("Eci.Pull.Tool", Value("id"));
        Assert.Equal(Repository.VersionPrefix, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("DotnetTool", (string?)metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name"));
        // A tool carries everything it runs with: no package dependencies at all.
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal(Repository.ReadAllText("src/Eci.Pull.Tool/PACKAGE.md"), System.Text.Encoding.UTF8.GetString(PackageFixture.ReadEntry(top, "README.md")));
        var settings = XDocument.Load(new MemoryStream(PackageFixture.ReadEntry(package, "tools/net10.0/any/DotnetToolSettings.xml")));
        var command = settings.Descendants("Command").Single();
        Assert.Equal("eci-pull", (string?)command.Attribute("Name"));
        Assert.Equal("eci-pull.dll", (string?)command.Attribute("EntryPoint"));
    }

    [Fact]
    public void InstalledToolRunsItsHelpAndChecksAnImageReferenceOffline()
    {
        var toolPath = Path.Combine(_package.Root, "tools");
        var install = _package.DotNet.Run(_package.Root,
            "tool", "install", "Eci.Pull.Tool", "--version", Repository.VersionPrefix, "--tool-path", toolPath, "--add-source", Path.GetDirectoryName(_package.ToolPackagePath)!);
        Assert.True(install.ExitCode == 0, install.ToString());

        // The tool's launcher finds the runtime through DOTNET_ROOT, as after any dotnet install outside the default place.
        var environment = new Dictionary<string, string?> { ["DOTNET_ROOT"] = DotNetRoot() };
        var eciPull = Path.Combine(toolPath, "eci-pull");
        var help = _package.DotNet.RunProgram(eciPull, _package.Root, environment, "--help");

        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("check <IMAGE>", help.Output, StringComparison.Ordinal);
        Assert.Contains("probe <ADDRESS>", help.Output, StringComparison.Ordinal);

        // An image ECI cannot parse is reported from the rules engine before any registry is contacted.
        var check = _package.DotNet.RunProgram(eciPull, _package.Root, environment, "check", "registry.corp.example:8443/Platform/Backup:7");

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("error ECI006: Repository 'Platform/Backup'", check.Output, StringComparison.Ordinal);
    }

    /// <summary>The folder of the dotnet host running these tests (.../shared/Microsoft.NETCore.App/{version}/ is three levels down).</summary>
    private static string DotNetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
}
