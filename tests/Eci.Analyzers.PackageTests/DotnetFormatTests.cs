namespace Eci.Analyzers.PackageTests;

/// <summary>
/// <c>dotnet format analyzers</c> runs the package's code fixes over the whole consumer; the fixed app builds against the
/// package's lib/ Eci.ImagePull, and runs with the credentials it now reads at run time.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DotnetFormatTests
{
    private static readonly string[] FixedRules = { "ECI001", "ECI002", "ECI003", "ECI004", "ECI005", "ECI007" };

    private readonly PackageFixture _package;

    public DotnetFormatTests(PackageFixture package) => _package = package;

    [Fact]
    public void FormatAnalyzersAppliesTheFixesAndTheFixedAppBuildsAndRuns()
    {
        var consumer = _package.NewConsumer("format");

        var format = consumer.Format(new[] { "analyzers", ConsumerProject.ProjectFileName, "--diagnostics" }.Concat(FixedRules).Concat(new[] { "--severity", "info" }).ToArray());

        Assert.True(format.ExitCode == 0, format.ToString());
        var source = consumer.ReadFile("Deployments.cs");
        Assert.Contains("PlainHttpRegistry = \"192.168.1.10:5000\"", source, StringComparison.Ordinal);                 // ECI001
        Assert.Contains("PlainHttpRegistry = \"harbor.lab.local\"", source, StringComparison.Ordinal);                  // ECI002
        // Api() gains the entry (ECI003), Backup() loses the scheme (ECI005), Verify() had it already.
        Assert.Equal(3, Occurrences(source, "InsecureRegistry = \"registry.corp.example:8443\""));
        Assert.DoesNotContain("https://registry.corp.example:8443", source, StringComparison.Ordinal);
        Assert.Contains("RegistryCredentials.PasswordFor(\"images.platform.example\")", source, StringComparison.Ordinal); // ECI004
        Assert.DoesNotContain("Verify-2024!", source, StringComparison.Ordinal);                                         // ECI007

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        // The loopback image (ECI008) has no fix; everything the fixes addressed is gone.
        Assert.Equal(new[] { "ECI008" }, BuildDiagnostics.Ids(build.Output));

        var run = consumer.RunApp(new Dictionary<string, string>
        {
            ["ECI_REGISTRY_IMAGES_PLATFORM_EXAMPLE_USERNAME"] = "reports-bot",
            ["ECI_REGISTRY_IMAGES_PLATFORM_EXAMPLE_PASSWORD"] = "from-the-environment",
            // No config.json there: registry.corp.example:8443 is answered by the provider Program.cs registers.
            ["DOCKER_CONFIG"] = consumer.Directory,
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("insecure: harbor.lab.local,registry.corp.example:8443; registry.corp.example:8443 user from ", run.Output, StringComparison.Ordinal);
        Assert.Contains(": api-bot", run.Output, StringComparison.Ordinal);
        Assert.Contains("user for images.platform.example: reports-bot", run.Output, StringComparison.Ordinal);
        Assert.Contains("reports: request built", run.Output, StringComparison.Ordinal);
        Assert.Contains("verify: request built", run.Output, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
