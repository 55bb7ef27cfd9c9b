namespace Eci.Analyzers.PackageTests;

/// <summary>
/// The eci-pull packages a release publishes, packed the way the .NET 10 SDK packs RID-specific tools, into one folder feed:
/// <code>
/// dotnet pack src/Eci.Pull.Tool -c Release -o tool-feed                      Eci.Pull.Tool: the list of RID packages, no code
/// dotnet pack src/Eci.Pull.Tool -c Release -r any -o tool-feed               Eci.Pull.Tool.any: the portable build
/// dotnet pack src/Eci.Pull.Tool -c Release -r linux-musl-x64 -o tool-feed    Eci.Pull.Tool.linux-musl-x64: portable, musl launcher
/// dotnet pack src/Eci.Pull.Tool -c Release -r linux-x64 -o tool-feed         Eci.Pull.Tool.linux-x64: the Native AOT binary
/// </code>
/// Native AOT compiles for the machine it runs on, so these tests run on linux-x64, as the repository's CI does.
/// </summary>
public sealed record ToolPackageSet(string Feed, string Top, string Portable, string Musl, string Native)
{
    public const string Id = "Eci.Pull.Tool";

    /// <summary>The RID packages the top package lists, in the order the project declares them.</summary>
    public static readonly IReadOnlyList<string> RuntimeIdentifiers = new[] { "linux-x64", "linux-musl-x64", "any" };

    public static ToolPackageSet Pack(string feed)
    {
        var dotnet = new DotNetCli(nugetPackages: null);
        var project = Path.Combine("src", "Eci.Pull.Tool", "Eci.Pull.Tool.csproj");
        string PackOne(string? runtimeIdentifier, params string[] extra)
        {
            var arguments = new List<string> { "pack", project, "-c", "Release", "-o", feed, "-nologo", "-tl:off" };
            if (runtimeIdentifier is not null)
            {
                // A fresh publish folder per package: the SDK packs every file it finds there, and the repository's own
                // bin/ may hold files an earlier publish left (symbols from a build without this project's settings).
                var publish = Path.GetFullPath(Path.Combine(feed, "..", "tool-publish", runtimeIdentifier)) + Path.DirectorySeparatorChar;
                arguments.AddRange(new[] { "-r", runtimeIdentifier, "-p:PublishDir=" + publish });
            }

            arguments.AddRange(extra);
            var pack = dotnet.Run(Repository.Root, arguments.ToArray());
            var id = runtimeIdentifier is null ? Id : Id + "." + runtimeIdentifier;
            var path = Path.Combine(feed, id + "." + Repository.VersionPrefix + ".nupkg");
            if (pack.ExitCode != 0 || !File.Exists(path))
            {
                throw new InvalidOperationException("Packing " + id + " failed" + Environment.NewLine + pack);
            }

            return path;
        }

        var top = PackOne(null);
        var portable = PackOne("any");
        var musl = PackOne("linux-musl-x64");
        var native = PackOne("linux-x64", NativeLinker());
        return new ToolPackageSet(feed, top, portable, musl, native);
    }

    /// <summary>
    /// Native AOT links with <c>clang</c>. Debian installs the compiler as <c>clang-NN</c> and adds the plain name only
    /// with its <c>clang</c> package (which <c>.ci/run</c> installs), so a machine with only a versioned one names it.
    /// </summary>
    private static string[] NativeLinker()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (path.Any(directory => File.Exists(Path.Combine(directory, "clang"))))
        {
            return Array.Empty<string>();
        }

        var versioned = path
            .Where(Directory.Exists)
            .SelectMany(directory => Directory.GetFiles(directory, "clang-*"))
            .Select(Path.GetFileName)
            .Where(name => name is not null && int.TryParse(name.AsSpan("clang-".Length), out _))
            .OrderByDescending(name => int.Parse(name!.AsSpan("clang-".Length), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        return versioned is null ? Array.Empty<string>() : new[] { "-p:CppCompilerAndLinker=" + versioned };
    }
}
