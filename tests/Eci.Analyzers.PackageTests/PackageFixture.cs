using System.IO.Compression;
using System.Security.Cryptography;
using System.Threading;
using System.Xml.Linq;

namespace Eci.Analyzers.PackageTests;

/// <summary>
/// Packs Eci.Analyzers once for all package tests and prepares the consumer a user would write:
/// <code>
/// {temp}/eci-package-{guid}/
///   nuget.config     the local feed (added to the user's sources) and the global packages folder below
///   feed/            Eci.Analyzers.{version}.nupkg from `dotnet pack -c Release -o feed`
///   packages/        the global packages folder of every consumer command (fresh, so nothing stale is restored)
///   template/        `dotnet new console` + `dotnet add package Eci.Analyzers --version {version}` + the SDK stand-in
///   {test}/          a copy of template/ per test
/// </code>
/// The folder lives outside the repository so none of the repository's Directory.Build.props, Directory.Packages.props,
/// global.json or .editorconfig applies. Set ECI_KEEP_PACKAGE_TEST_DIR=1 to keep it for a look after the run.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    /// <summary>Where the consumer's registry knowledge lives, as in a user's repository.</summary>
    public const string RegistryKnowledge =
        "is_global = true\n" +
        "# The lab Harbor and the build box registry speak plain HTTP; the corporate registry has a self-signed certificate.\n" +
        "eci.plain_http_registries = harbor.lab.local, 192.168.1.10:5000\n" +
        "eci.insecure_registries = registry.corp.example:8443\n";

    private readonly Lazy<BaselineBuild> _baseline;
    private readonly Lazy<ToolPackageSet> _toolPackages;

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "eci-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        DotNet = new DotNetCli(Packages);

        Pack = new DotNetCli(nugetPackages: null).Run(
            Repository.Root, "pack", Path.Combine("src", "Eci.Analyzers.Package", "Eci.Analyzers.Package.csproj"),
            "-c", "Release", "-o", Feed, "-nologo", "-tl:off");
        var packages = Directory.GetFiles(Feed, "*.nupkg");
        if (Pack.ExitCode != 0 || packages.Length != 1)
        {
            throw new InvalidOperationException("Packing Eci.Analyzers failed" + Environment.NewLine + Pack);
        }

        PackagePath = packages[0];
        Version = ReadNuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().Single(e => e.Name.LocalName == "version").Value;

        File.WriteAllText(Path.Combine(Root, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            "<configuration>\n" +
            "  <config>\n" +
            "    <add key=\"globalPackagesFolder\" value=\"packages\" />\n" +
            "  </config>\n" +
            "  <packageSources>\n" +
            "    <!-- Added to the sources of the user's own NuGet.Config, which restore everything else. -->\n" +
            "    <add key=\"eci-local\" value=\"feed\" />\n" +
            "  </packageSources>\n" +
            "</configuration>\n");
        Template = CreateTemplate();
        _baseline = new Lazy<BaselineBuild>(BuildBaseline, LazyThreadSafetyMode.ExecutionAndPublication);
        _toolPackages = new Lazy<ToolPackageSet>(() => ToolPackageSet.Pack(ToolFeed), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The test's temp folder (outside the repository).</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    /// <summary>The one .nupkg in the feed.</summary>
    public string PackagePath { get; }

    /// <summary>The package version, from its nuspec.</summary>
    public string Version { get; }

    /// <summary>The transcript of <c>dotnet pack</c>.</summary>
    public CommandResult Pack { get; }

    /// <summary>The consumer as created; tests work on copies (<see cref="NewConsumer"/>).</summary>
    public ConsumerProject Template { get; }

    public DotNetCli DotNet { get; }

    /// <summary>The stand-in SDK assembly the consumer references by absolute path (built beside the tests).</summary>
    public static string StandInAssembly => Path.Combine(AppContext.BaseDirectory, "AlibabaCloud.SDK.ECI.dll");

    /// <summary>
    /// The unchanged consumer built once with <c>dotnet build -p:ErrorLog=eci.sarif%2Cversion=2.1</c>: the build output
    /// several tests read, and the SARIF log the compiler-version test compares against.
    /// </summary>
    public BaselineBuild Baseline => _baseline.Value;

    /// <summary>The eci-pull packages (the top package and its RID packages), packed on first use into <c>tool-feed/</c> (only the tool tests need them).</summary>
    public ToolPackageSet ToolPackages => _toolPackages.Value;

    /// <summary>The top eci-pull package, the one users name in <c>dotnet tool install Eci.Pull.Tool</c>.</summary>
    public string ToolPackagePath => ToolPackages.Top;

    public string ToolFeed => Path.Combine(Root, "tool-feed");

    /// <summary>A fresh copy of the consumer in its own folder, not yet restored.</summary>
    public ConsumerProject NewConsumer(string name) => Template.CopyTo(Path.Combine(Root, name));

    /// <summary>The package's file names, as stored in the zip.</summary>
    public IReadOnlyList<string> PackageEntries() => Entries(PackagePath);

    /// <summary>The file names of a .nupkg, as stored in the zip.</summary>
    public static IReadOnlyList<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public byte[] ReadPackageEntry(string name) => ReadEntry(PackagePath, name);

    /// <summary>One file of a .nupkg (a zip), by its name in the package.</summary>
    public static byte[] ReadEntry(string package, string name)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException(name + " is not in the package");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public XDocument ReadNuspec()
    {
        using var stream = new MemoryStream(ReadPackageEntry("Eci.Analyzers.nuspec"));
        return XDocument.Load(stream);
    }

    /// <summary>The SHA-512 NuGet records for a restored package, computed from the packed file.</summary>
    public string PackedSha512() => Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(PackagePath)));

    /// <summary>The SHA-512 NuGet recorded when it restored Eci.Analyzers into the consumers' packages folder.</summary>
    public string RestoredSha512()
    {
        var folder = Path.Combine(Packages, "eci.analyzers", Version.ToLowerInvariant());
        return File.ReadAllText(Path.Combine(folder, "eci.analyzers." + Version.ToLowerInvariant() + ".nupkg.sha512")).Trim();
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ECI_KEEP_PACKAGE_TEST_DIR") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A compiler server may still hold a file for a moment; the OS temp cleaner gets the rest.
        }
    }

    /// <summary>What a user does: a new console app, the package added by version, the SDK referenced, their code.</summary>
    private ConsumerProject CreateTemplate()
    {
        var directory = Path.Combine(Root, "template");
        Require(DotNet.Run(Root, "new", "console", "--name", "PackageConsumer", "--output", directory, "--framework", "net10.0"));
        Require(DotNet.Run(directory, "add", ConsumerProject.ProjectFileName, "package", "Eci.Analyzers", "--version", Version));

        var template = new ConsumerProject(directory, DotNet);
        template.EditProject(project => project.Add(
            new XElement("ItemGroup",
                new XComment(" The ECI SDK: the repository's compile-time stand-in for AlibabaCloud.SDK.ECI. "),
                new XElement("Reference", new XAttribute("Include", "AlibabaCloud.SDK.ECI"), new XElement("HintPath", StandInAssembly)))));
        foreach (var source in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Consumer")))
        {
            File.Copy(source, Path.Combine(directory, Path.GetFileName(source)), overwrite: true);
        }

        template.WriteFile(".globalconfig", RegistryKnowledge);
        if (Directory.Exists(Path.Combine(directory, "obj")))
        {
            Directory.Delete(Path.Combine(directory, "obj"), recursive: true); // each copy restores in its own folder
        }

        return template;
    }

    private BaselineBuild BuildBaseline()
    {
        var consumer = NewConsumer("baseline");
        var build = consumer.Build("-p:ErrorLog=eci.sarif%2Cversion=2.1");
        return new BaselineBuild(consumer, build, Path.Combine(consumer.Directory, "eci.sarif"));
    }

    private static void Require(CommandResult result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("Preparing the consumer failed" + Environment.NewLine + result);
        }
    }
}

/// <summary>The unchanged consumer's build: its folder, transcript and SARIF 2.1 log.</summary>
public sealed record BaselineBuild(ConsumerProject Consumer, CommandResult Build, string SarifLog);

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    /// <summary>One collection: the package is packed once and the tests run one after another (the machine is small).</summary>
    public const string Name = "Eci.Analyzers package";
}
