using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Eci.Analyzers.PackageTests;

/// <summary>
/// <c>dotnet tool install Eci.Pull.Tool</c> gives linux-x64 the Native AOT binary and every other platform the portable
/// build: the top package lists RID packages (the .NET 10 SDK's RID-specific tools), installed from a folder feed alone.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RidSpecificToolPackageTests
{
    private static readonly byte[] ElfMagic = { 0x7F, (byte)'E', (byte)'L', (byte)'F' };

    private readonly PackageFixture _package;

    public RidSpecificToolPackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void TopPackageHoldsNoCodeAndListsTheNativeMuslAndPortablePackages()
    {
        var top = _package.ToolPackages.Top;

        Assert.Equal(
            new[] { "Eci.Pull.Tool.nuspec", "README.md", "[Content_Types].xml", "_rels/.rels", "icon.png", "tools/any/any/DotnetToolSettings.xml" },
            PackageEntriesWithoutCoreProperties(top));
        var settings = XDocument.Load(new MemoryStream(PackageFixture.ReadEntry(top, "tools/any/any/DotnetToolSettings.xml")));
        var listed = settings.Descendants("RuntimeIdentifierPackage")
            .Select(p => ((string?)p.Attribute("RuntimeIdentifier"), (string?)p.Attribute("Id")))
            .ToList();

        Assert.Equal("eci-pull", (string?)settings.Descendants("Command").Single().Attribute("Name"));
        Assert.Equal(ToolPackageSet.RuntimeIdentifiers.Select(rid => ((string?)rid, (string?)(ToolPackageSet.Id + "." + rid))), listed);
        // Every listed package is in the feed with the top package's version, typed so that searches show only the top one.
        foreach (var (rid, id) in listed)
        {
            var path = Path.Combine(_package.ToolFeed, id + "." + Repository.VersionPrefix + ".nupkg");
            var metadata = Metadata(path);
            Assert.Equal(id, Value(metadata, "id"));
            Assert.Equal(Repository.VersionPrefix, Value(metadata, "version"));
            Assert.Equal("DotnetToolRidPackage", (string?)metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name"));
            Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        }
    }

    [Fact]
    public void NativePackageHoldsTheAotBinaryAloneWithoutSymbolsOrAssemblies()
    {
        var native = _package.ToolPackages.Native;

        Assert.Equal(
            new[] { "Eci.Pull.Tool.linux-x64.nuspec", "README.md", "[Content_Types].xml", "_rels/.rels", "icon.png", "tools/any/linux-x64/DotnetToolSettings.xml", "tools/any/linux-x64/eci-pull" },
            PackageEntriesWithoutCoreProperties(native));
        var command = XDocument.Load(new MemoryStream(PackageFixture.ReadEntry(native, "tools/any/linux-x64/DotnetToolSettings.xml"))).Descendants("Command").Single();
        Assert.Equal("eci-pull", (string?)command.Attribute("EntryPoint"));
        Assert.Equal("executable", (string?)command.Attribute("Runner"));
        var binary = PackageFixture.ReadEntry(native, "tools/any/linux-x64/eci-pull");
        Assert.Equal(ElfMagic, binary.Take(4));
        // Self-contained: the runtime is compiled in, so the binary is megabytes, where the portable eci-pull.dll is ~100 KB.
        Assert.True(binary.Length > 4_000_000, "eci-pull is " + binary.Length + " bytes");
    }

    [Fact]
    public void MuslPackageIsThePortableBuildBehindAMuslLauncher()
    {
        // linux-musl-x64 falls back to linux-x64 in the RID graph: without its own package Alpine would get the glibc binary.
        var musl = _package.ToolPackages.Musl;
        var entries = PackageEntriesWithoutCoreProperties(musl);

        Assert.Contains("tools/net10.0/linux-musl-x64/eci-pull.dll", entries);
        Assert.Contains("tools/net10.0/linux-musl-x64/Eci.ImagePull.dll", entries);
        Assert.Contains("tools/net10.0/linux-musl-x64/eci-pull.runtimeconfig.json", entries);
        var launcher = PackageFixture.ReadEntry(musl, "tools/net10.0/linux-musl-x64/eci-pull");
        Assert.Equal(ElfMagic, launcher.Take(4));
        Assert.Contains("/lib/ld-musl-x86_64.so.1", Encoding.ASCII.GetString(launcher), StringComparison.Ordinal);
        Assert.DoesNotContain("/lib64/ld-linux-x86-64.so.2", Encoding.ASCII.GetString(launcher), StringComparison.Ordinal);
    }

    [Fact]
    public void InstallOnLinuxX64GivesTheNativeBinaryAndItRuns()
    {
        Assert.Equal("linux-x64", RuntimeInformation.RuntimeIdentifier); // the machine the native package is packed for
        var toolPath = Path.Combine(_package.Root, "tools-native");

        var install = Install(ToolPackageSet.Id, toolPath);

        Assert.True(install.ExitCode == 0, install.ToString());
        var command = Path.Combine(toolPath, "eci-pull");
        var installed = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
        Assert.Contains(Path.Combine("eci.pull.tool.linux-x64", Repository.VersionPrefix, "tools", "any", "linux-x64", "eci-pull"), installed, StringComparison.Ordinal);
        // The command is the package's native binary itself, not a launcher: no assembly anywhere in the installation.
        Assert.Equal(PackageFixture.ReadEntry(_package.ToolPackages.Native, "tools/any/linux-x64/eci-pull"), File.ReadAllBytes(installed));
        Assert.Empty(Directory.GetFiles(toolPath, "*.dll", SearchOption.AllDirectories));

        var noRuntime = new Dictionary<string, string?> { ["DOTNET_ROOT"] = null };
        var version = _package.DotNet.RunProgram(command, _package.Root, noRuntime, "--version");
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.StartsWith(Repository.VersionPrefix, version.Output.Trim(), StringComparison.Ordinal);

        // The rules engine works in the native build: an image ECI cannot parse is reported before any registry is contacted.
        var check = _package.DotNet.RunProgram(command, _package.Root, noRuntime, "check", "registry.corp.example:8443/Platform/Backup:7");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("error ECI006: Repository 'Platform/Backup'", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PortableFallbackInstallsAndRunsOnTheDotNetRuntime()
    {
        // What the CLI installs on a RID with no package of its own (linux-arm64, macOS, Windows): Eci.Pull.Tool.any.
        var toolPath = Path.Combine(_package.Root, "tools-portable");

        var install = Install(ToolPackageSet.Id + ".any", toolPath);

        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Single(Directory.GetFiles(toolPath, "eci-pull.dll", SearchOption.AllDirectories));
        var environment = new Dictionary<string, string?> { ["DOTNET_ROOT"] = DotNetRoot() };
        var version = _package.DotNet.RunProgram(Path.Combine(toolPath, "eci-pull"), _package.Root, environment, "--version");
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.StartsWith(Repository.VersionPrefix, version.Output.Trim(), StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>dotnet tool install</c> as a user does, with a NuGet.config whose only source is the folder feed: the RID
    /// package has to come from there too, never from the user's other sources.
    /// </summary>
    private CommandResult Install(string packageId, string toolPath)
    {
        var config = Path.Combine(_package.Root, "tool-feed-only.config");
        File.WriteAllText(config,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            "<configuration>\n" +
            "  <packageSources>\n" +
            "    <clear />\n" +
            "    <add key=\"eci-tool\" value=\"" + _package.ToolPackages.Feed + "\" />\n" +
            "  </packageSources>\n" +
            "</configuration>\n");
        return _package.DotNet.Run(_package.Root,
            "tool", "install", packageId, "--version", Repository.VersionPrefix, "--tool-path", toolPath, "--configfile", config);
    }

    private static List<string> PackageEntriesWithoutCoreProperties(string package) =>
        PackageFixture.Entries(package)
            .Where(e => !Regex.IsMatch(e, @"^package/services/metadata/core-properties/[^/]+\.psmdcp$"))
            .OrderBy(e => e, StringComparer.Ordinal)
            .ToList();

    private static XElement Metadata(string package)
    {
        var nuspec = PackageFixture.Entries(package).Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal));
        return XDocument.Load(new MemoryStream(PackageFixture.ReadEntry(package, nuspec))).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Value(XElement metadata, string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

    /// <summary>The folder of the dotnet host running these tests (.../shared/Microsoft.NETCore.App/{version}/ is three levels down).</summary>
    private static string DotNetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
}
