using System.Xml.Linq;

namespace Eci.Analyzers.PackageTests;

/// <summary>
/// <c>dotnet format analyzers</c> as CI users run it, over a copy of the consumer with ImplicitUsings disabled and a file
/// that lacks the usings the fixes' code needs: the fixed project builds, and only the rule without a fix is left.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DotnetFormatCorpusTests
{
    private static readonly string[] FixedRules = { "ECI001", "ECI002", "ECI003", "ECI004", "ECI005", "ECI006", "ECI007", "ECI009", "ECI010" };

    private readonly PackageFixture _package;

    public DotnetFormatCorpusTests(PackageFixture package) => _package = package;

    [Fact]
    public void FormatAnalyzersLeavesABuildWithoutErrorsWhenImplicitUsingsIsOff()
    {
        var consumer = _package.NewConsumer("format-corpus");
        consumer.EditProject(project =>
        {
            var implicitUsings = project.Descendants("ImplicitUsings").SingleOrDefault();
            if (implicitUsings is null)
            {
                project.Elements("PropertyGroup").First().Add(implicitUsings = new XElement("ImplicitUsings"));
            }

            implicitUsings.Value = "disable";
        });
        consumer.WriteFile("Requests.cs", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ConsumerCorpus", "Requests.cs")));
        var before = consumer.Build();
        Assert.True(before.ExitCode == 0, before.ToString());

        var format = consumer.Format(new[] { "analyzers", ConsumerProject.ProjectFileName, "--diagnostics" }.Concat(FixedRules).Concat(new[] { "--severity", "info" }).ToArray());

        Assert.True(format.ExitCode == 0, format.ToString());
        var source = consumer.ReadFile("Requests.cs");
        Assert.Contains("using System.Collections.Generic;", source, StringComparison.Ordinal);
        Assert.Contains("using Eci.ImagePull;", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Eci.ImagePull.RegistryCredentials", source, StringComparison.Ordinal);
        Assert.Contains("private const string LabRegistries = \"other.lab.local,harbor.lab.local\";", source, StringComparison.Ordinal);
        Assert.Contains("Server = \"other.corp.example\", UserName = user, Password = password },\n                new()\n", source.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("InsecureRegistry =", source, StringComparison.Ordinal);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString() + "\n" + source);
        // Deployments.cs keeps its loopback image (ECI008 has no fix); everything the fixes addressed is gone.
        Assert.Equal(new[] { "ECI008" }, BuildDiagnostics.Ids(build.Output));
    }
}
