using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace Eci.Analyzers.Tests.Machinery;

/// <summary>
/// The sample as users meet it: built with the analyzers it shows the ECI warnings; <c>dotnet format analyzers</c>
/// fixes them solution-wide and the result builds with none left. Runs on a copy, so the repository is untouched.
/// </summary>
public class SampleTests
{
    private const string Project = "samples/Eci.Samples.ContainerGroups/Eci.Samples.ContainerGroups.csproj";

    [Fact]
    public void BuildShowsEveryRuleAndDotnetFormatFixesThem()
    {
        var copy = CopyRepository();
        try
        {
            var before = Run(copy, "dotnet", "build " + Project + " -nologo");
            Assert.True(before.ExitCode == 0, before.Output);
            var found = EciIds(before.Output);
            Assert.Equal(Enumerable.Range(1, 11).Select(n => "ECI" + n.ToString("000")).ToArray(), found.Distinct().OrderBy(id => id).ToArray());
            Assert.Contains("warning ECI001: PlainHttpRegistry entry '192.168.1.10' names the host of image '192.168.1.10:5000/lab/web:2.3'", before.Output, StringComparison.Ordinal);

            // The strict preset turns the same findings into errors and fails the build.
            var strict = Run(copy, "dotnet", "build " + Project + " -nologo --no-incremental -p:EciAnalyzersPreset=strict");
            Assert.True(strict.ExitCode != 0, strict.Output);
            Assert.Contains("error ECI002:", strict.Output, StringComparison.Ordinal);
            Assert.Contains("error ECI007:", strict.Output, StringComparison.Ordinal);

            var format = Run(copy, "dotnet", "format analyzers " + Project + " --diagnostics ECI001 ECI002 ECI003 ECI004 --severity info");
            Assert.True(format.ExitCode == 0, format.Output);

            var fixedSource = File.ReadAllText(Path.Combine(copy, "samples", "Eci.Samples.ContainerGroups", "Deployments.cs"));
            Assert.Contains("PlainHttpRegistry = \"192.168.1.10:5000,harbor.lab.local\"", fixedSource, StringComparison.Ordinal);
            Assert.Contains("RegistryCredentials.PasswordFor(\"registry.corp.example:8443\")", fixedSource, StringComparison.Ordinal);

            var after = Run(copy, "dotnet", "build " + Project + " -nologo --no-incremental");
            Assert.True(after.ExitCode == 0, after.Output);
            Assert.DoesNotContain(EciIds(after.Output), id => id is "ECI001" or "ECI002" or "ECI003" or "ECI004");

            // The rest of the catalog: everything with a fix goes; the loopback image (ECI008) has none.
            var formatRest = Run(copy, "dotnet", "format analyzers " + Project + " --diagnostics ECI005 ECI006 ECI007 ECI009 ECI010 ECI011 --severity info");
            Assert.True(formatRest.ExitCode == 0, formatRest.Output);
            var final = Run(copy, "dotnet", "build " + Project + " -nologo --no-incremental");
            Assert.True(final.ExitCode == 0, final.Output);
            Assert.Equal(new[] { "ECI008" }, EciIds(final.Output).Distinct().ToArray());
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string[] EciIds(string buildOutput) =>
        Regex.Matches(buildOutput, @"warning (ECI\d{3}):").Select(m => m.Groups[1].Value).ToArray();

    /// <summary>Copies what the sample builds from (sources only, no bin/obj) into a fresh temp directory.</summary>
    private static string CopyRepository()
    {
        var root = DescriptorTests.RepositoryRoot();
        var copy = Path.Combine(Path.GetTempPath(), "eci-sample-" + Guid.NewGuid().ToString("N"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig" })
        {
            var source = Path.Combine(root, file);
            if (File.Exists(source))
            {
                Directory.CreateDirectory(copy);
                File.Copy(source, Path.Combine(copy, file));
            }
        }

        foreach (var folder in new[] { "src/Eci.ImagePull", "src/Eci.Analyzers", "src/Eci.Analyzers.CodeFixes", "samples", "tests/StandIns" })
        {
            CopyTree(Path.Combine(root, folder), Path.Combine(copy, folder));
        }

        return copy;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(directory, Path.Combine(to, name));
            }
        }
    }

    private static (int ExitCode, string Output) Run(string directory, string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // no build server left holding the temp copy
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
