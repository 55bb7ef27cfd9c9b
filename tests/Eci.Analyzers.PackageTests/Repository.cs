using System.Xml.Linq;

namespace Eci.Analyzers.PackageTests;

/// <summary>The repository the tests run from, and the facts the package must agree with.</summary>
public static class Repository
{
    /// <summary>The folder holding Eci.Analyzers.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The release version: the one VersionPrefix in Directory.Build.props.</summary>
    public static string VersionPrefix => Property("Directory.Build.props", "VersionPrefix");

    /// <summary>The version of a package in Directory.Packages.props (central package management).</summary>
    public static string CentralPackageVersion(string id)
    {
        var document = XDocument.Load(Path.Combine(Root, "Directory.Packages.props"));
        var version = document.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == id).Attribute("Version")!.Value;
        return version;
    }

    public static string ReadAllText(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public static byte[] ReadAllBytes(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));

    private static string Property(string file, string name)
    {
        var document = XDocument.Load(Path.Combine(Root, file));
        return document.Descendants(name).Single().Value.Trim();
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Eci.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Eci.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
