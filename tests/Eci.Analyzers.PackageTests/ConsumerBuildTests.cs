namespace Eci.Analyzers.PackageTests;

/// <summary>
/// A console app that references Eci.Analyzers by version from the local feed: what its builds report, and how
/// <c>-warnaserror</c>, <c>.editorconfig</c> severities and the package's presets change that.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerBuildTests
{
    /// <summary>The rules the consumer's Deployments.cs breaks, one method each; all are warnings by default.</summary>
    public static readonly string[] ConsumerRules = { "ECI001", "ECI002", "ECI003", "ECI004", "ECI005", "ECI007", "ECI008" };

    private readonly PackageFixture _package;

    public ConsumerBuildTests(PackageFixture package) => _package = package;

    [Fact]
    public void BuildRestoresThePackedPackageAndShowsTheEciWarnings()
    {
        var build = _package.Baseline.Build;

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(_package.PackedSha512(), _package.RestoredSha512());
        var diagnostics = BuildDiagnostics.Parse(build.Output);
        Assert.Equal(ConsumerRules, diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("warning", d.Severity));
        var portMismatch = Assert.Single(diagnostics, d => d.Id == "ECI001");
        Assert.Equal("Deployments.cs", portMismatch.File);
        Assert.StartsWith("PlainHttpRegistry entry '192.168.1.10' names the host of image '192.168.1.10:5000/lab/web:2.3'", portMismatch.Message, StringComparison.Ordinal);
        Assert.EndsWith("(https://github.com/eci-analyzers/eci-analyzers/blob/main/docs/rules/ECI001.md)", portMismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultReferenceCopiesTheRuntimeLibraryTheFixesCall()
    {
        var baseline = _package.Baseline;

        Assert.True(baseline.Build.ExitCode == 0, baseline.Build.ToString());
        Assert.True(File.Exists(Path.Combine(baseline.Consumer.OutputDirectory, "Eci.ImagePull.dll")), baseline.Build.ToString());
        // The analyzers run in the compiler only.
        Assert.DoesNotContain(Directory.GetFiles(baseline.Consumer.OutputDirectory), f => Path.GetFileName(f).StartsWith("Eci.Analyzers", StringComparison.Ordinal));
    }

    [Fact]
    public void WarnAsErrorFailsTheBuildOnTheEciWarnings()
    {
        var build = _package.NewConsumer("warnaserror").Build("-warnaserror");

        Assert.True(build.ExitCode != 0, build.ToString());
        var diagnostics = BuildDiagnostics.Parse(build.Output);
        Assert.Equal(ConsumerRules, diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("error", d.Severity));
    }

    [Fact]
    public void EditorConfigSeverityNoneTurnsOneRuleOff()
    {
        var consumer = _package.NewConsumer("editorconfig");
        consumer.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.ECI002.severity = none\n");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(ConsumerRules.Where(id => id != "ECI002"), BuildDiagnostics.Ids(build.Output));
    }

    [Fact]
    public void StrictPresetFromThePackageMakesTheFailuresErrors()
    {
        var build = _package.NewConsumer("strict").Build("-p:EciAnalyzersPreset=strict");

        Assert.True(build.ExitCode != 0, build.ToString());
        // Strict: ECI001-ECI009 are errors (ECI010 a warning and ECI011 a suggestion do not occur here).
        var diagnostics = BuildDiagnostics.Parse(build.Output);
        Assert.Equal(ConsumerRules, diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("error", d.Severity));
    }

    [Fact]
    public void UnknownPresetNameFailsWithTheKnownNames()
    {
        var build = _package.NewConsumer("unknown-preset").Build("-p:EciAnalyzersPreset=pedantic");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains("EciAnalyzersPreset='pedantic' is not a known Eci.Analyzers preset: use strict or relaxed", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzersOnlyReferenceKeepsDiagnosticsAndPresetsButNotTheRuntimeLibrary()
    {
        var consumer = _package.NewConsumer("analyzers-only");
        consumer.EditProject(project =>
        {
            var reference = ConsumerProject.PackageReference(project, "Eci.Analyzers");
            reference.SetAttributeValue("PrivateAssets", "all");
            reference.SetAttributeValue("IncludeAssets", "analyzers;build;buildTransitive");
        });
        // Without the library the credential lookups cannot compile: this app has one request and no lookup.
        consumer.DeleteFile("Deployments.cs");
        consumer.WriteFile("Program.cs", string.Join("\n",
            "using System.Collections.Generic;",
            "using AlibabaCloud.SDK.Eci20180808.Models;",
            "var request = new CreateContainerGroupRequest",
            "{",
            "    RegionId = \"cn-hangzhou\",",
            "    PlainHttpRegistry = \"192.168.1.10\",",
            "    Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer> { new() { Name = \"web\", Image = \"192.168.1.10:5000/lab/web:2.3\" } },",
            "    AutoCreateEip = true,",
            "};",
            "new AlibabaCloud.SDK.Eci20180808.Client(new AlibabaCloud.OpenApiClient.Models.Config()).CreateContainerGroup(request);",
            ""));

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("ECI001", BuildDiagnostics.Ids(build.Output));
        Assert.False(File.Exists(Path.Combine(consumer.OutputDirectory, "Eci.ImagePull.dll")), "Eci.ImagePull.dll was copied although runtime assets are excluded");
        Assert.DoesNotContain("Eci.ImagePull", File.ReadAllText(Path.Combine(consumer.OutputDirectory, "PackageConsumer.deps.json")), StringComparison.Ordinal);

        // An incremental build of the same project: switching the preset alone must rerun the compiler.
        var strict = consumer.Build("-p:EciAnalyzersPreset=strict");
        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Contains(BuildDiagnostics.Parse(strict.Output), d => d.Id == "ECI001" && d.Severity == "error");
    }
}
