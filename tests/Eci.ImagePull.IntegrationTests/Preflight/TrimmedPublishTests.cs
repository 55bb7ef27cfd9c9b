using System.Diagnostics;
using System.IO;
using System.Text;
using AlibabaCloud.SDK.Eci20180808.Models;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.IntegrationTests.Preflight;

/// <summary>
/// PullPreflight in a trimmed, self-contained app: the app only sets the request's properties, so without the
/// annotations the trimmer would remove the getters PullPreflight reads by name (as it does for the request the app
/// hands over only as object, which must then fail loudly). Slow (a publish): one test.
/// </summary>
public sealed class TrimmedPublishTests
{
    private const string AppSource = """
        using System;
        using System.Collections.Generic;
        using AlibabaCloud.SDK.Eci20180808.Models;
        using Eci.ImagePull;
        using Eci.ImagePull.Rules;

        var request = new CreateContainerGroupRequest
        {
            AutoCreateEip = true,
            PlainHttpRegistry = "192.168.1.10",
            Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer> { new() { Image = "harbor.lab.local/lab/web:2.3" } },
            InitContainer = new List<CreateContainerGroupRequest.CreateContainerGroupRequestInitContainer> { new() { Image = "images.platform.example/tools/init:1" } },
            ImageRegistryCredential = new List<CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential> { new() { Server = "https://harbor.lab.local" } },
        };
        foreach (var finding in PullPreflight.Evaluate(request, RegistryKnowledge.FromSettings("harbor.lab.local", null, "harbor.lab.local")))
        {
            Console.WriteLine(finding.RuleId + " " + finding.Source);
        }

        // Seen only as object, a request type nothing else keeps loses the getters the app never calls: an error, not a pass.
        object cache = new CreateImageCacheRequest { Image = new List<string> { "images.platform.example/a:1" } };
        try
        {
            Console.WriteLine("object: " + PullPreflight.Evaluate(cache).Count + " finding(s)");
        }
        catch (InvalidOperationException e) when (e.Message.Contains("no public getter"))
        {
            Console.WriteLine("object: InvalidOperationException");
        }
        """;

    /// <summary>The same request evaluated here, untrimmed: what the trimmed app must print.</summary>
    private static string[] Expected()
    {
        var request = new CreateContainerGroupRequest
        {
            AutoCreateEip = true,
            PlainHttpRegistry = "192.168.1.10",
            Container = new() { new() { Image = "harbor.lab.local/lab/web:2.3" } },
            InitContainer = new() { new() { Image = "images.platform.example/tools/init:1" } },
            ImageRegistryCredential = new() { new() { Server = "https://harbor.lab.local" } },
        };
        return PullPreflight.Evaluate(request, RegistryKnowledge.FromSettings("harbor.lab.local", null, "harbor.lab.local"))
            .Select(f => f.RuleId + " " + f.Source).ToArray();
    }

    [Fact]
    public void A_trimmed_app_reads_the_request_as_an_untrimmed_one_and_Eci_ImagePull_causes_no_trim_warning()
    {
        var root = RepositoryRoot();
        var directory = Directory.CreateTempSubdirectory("eci-trimmed-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "Program.cs"), AppSource);
            File.WriteAllText(Path.Combine(directory, "TrimmedApp.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>disable</Nullable>
                    <PublishTrimmed>true</PublishTrimmed>
                    <SelfContained>true</SelfContained>
                    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                    <TrimmerSingleWarn>false</TrimmerSingleWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{Path.Combine(root, "src", "Eci.ImagePull", "Eci.ImagePull.csproj")}" />
                    <ProjectReference Include="{Path.Combine(root, "tests", "StandIns", "AlibabaCloud.SDK.ECI", "AlibabaCloud.SDK.ECI.csproj")}" />
                  </ItemGroup>
                </Project>
                """);
            var output = Path.Combine(directory, "out");

            var publish = Run("dotnet", directory, "publish", "-c", "Release", "-o", output, "-nologo");
            Assert.True(publish.ExitCode == 0, publish.Output);
            Assert.Contains("Optimizing assemblies for size", publish.Output); // the trimmer really ran
            // The SDK stand-in's own Tea reflection has trim warnings, as the real Tea package does; none may come from Eci.ImagePull.
            var trimWarnings = publish.Output.Split('\n').Where(l => l.Contains("warning IL", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(trimWarnings, l => l.Contains("Eci.ImagePull", StringComparison.Ordinal));

            var app = Run(Path.Combine(output, "TrimmedApp"), directory);
            Assert.True(app.ExitCode == 0, app.Output);
            var expected = Expected();
            Assert.Contains("ECI002 Container[0].Image", expected);
            Assert.Contains("ECI004 InitContainer[0].Image", expected);
            Assert.Equal(expected.Append("object: InvalidOperationException"), app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    private static string RepositoryRoot()
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

    private static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would tie the child build to this one.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(10).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(" ", arguments)} did not finish in 10 minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
