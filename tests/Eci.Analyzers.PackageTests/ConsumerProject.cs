using System.Xml.Linq;

namespace Eci.Analyzers.PackageTests;

/// <summary>
/// One copy of the consumer console app (<c>PackageConsumer.csproj</c>) in its own folder under the test's temp root,
/// so a test can edit, build and format it without touching what other tests see.
/// </summary>
public sealed class ConsumerProject
{
    public const string ProjectFileName = "PackageConsumer.csproj";

    private readonly DotNetCli _dotnet;

    public ConsumerProject(string directory, DotNetCli dotnet)
    {
        Directory = directory;
        _dotnet = dotnet;
    }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, ProjectFileName);

    /// <summary>Where <c>dotnet build</c> (Debug) puts the app.</summary>
    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    /// <summary><c>dotnet build</c> with the console logger (no terminal UI), plus <paramref name="arguments"/>.</summary>
    public CommandResult Build(params string[] arguments) =>
        _dotnet.Run(Directory, new[] { "build", ProjectFileName, "-nologo", "-tl:off" }.Concat(arguments).ToArray());

    public CommandResult Format(params string[] arguments) =>
        _dotnet.Run(Directory, new[] { "format" }.Concat(arguments).ToArray());

    /// <summary>
    /// Runs the built app with <c>dotnet PackageConsumer.dll</c>, with no registry credentials from the test's own
    /// environment (ECI_REGISTRY_* variables, DOCKER_AUTH_CONFIG) but those in <paramref name="environment"/>.
    /// </summary>
    public CommandResult RunApp(IReadOnlyDictionary<string, string> environment)
    {
        var variables = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("ECI_REGISTRY_", StringComparison.OrdinalIgnoreCase) || name == "DOCKER_AUTH_CONFIG")
            .ToDictionary(name => name, name => (string?)null);
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        return _dotnet.Run(Directory, variables, Path.Combine(OutputDirectory, "PackageConsumer.dll"));
    }

    public string ReadFile(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public void WriteFile(string name, string text) => File.WriteAllText(Path.Combine(Directory, name), text);

    public void DeleteFile(string name) => File.Delete(Path.Combine(Directory, name));

    /// <summary>Edits the project file as XML (it has no namespace: SDK style).</summary>
    public void EditProject(Action<XElement> edit)
    {
        var document = XDocument.Load(ProjectFile);
        edit(document.Root!);
        document.Save(ProjectFile);
    }

    /// <summary>The <c>PackageReference</c> element for <paramref name="id"/>.</summary>
    public static XElement PackageReference(XElement project, string id) =>
        project.Descendants("PackageReference").Single(e => string.Equals((string?)e.Attribute("Include"), id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Copies the project's sources and settings (no bin/obj) into a new folder.</summary>
    public ConsumerProject CopyTo(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        foreach (var file in System.IO.Directory.GetFiles(Directory))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return new ConsumerProject(directory, _dotnet);
    }
}
