using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Eci.ImagePull.Rules;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>
/// The rules engine alone (<see cref="PullSettingsRules.Evaluate"/>) on one request with many images, with a few
/// credentials and with credentials growing with the images: the per-image time must not grow with either.
/// </summary>
internal static class EngineMeasurement
{
    private static readonly string[] Images =
    {
        "registry.corp.example:8443/platform/api:1.2", "192.168.1.10:5000/team/web:1.0", "harbor.lab.local/ops/backup:2.0",
        "Platform/team/web:1.1", "registry-vpc.cn-hangzhou.aliyuncs.com/data/etl:1.0", "localhost:5000/edge/proxy:1.0",
        "mirror1.corp.example/team/jobs:3.3", "nginx:1.27", "fluent/fluent-bit:3.1",
        "registry.cn-hangzhou.aliyuncs.com/team/web:1.0", "docker.io/library/redis:7.1",
    };

    public static void Run(IReadOnlyList<int> sizes, int rounds, TextWriter report)
    {
        report.WriteLine("| Images | Credentials | Evaluate ms | µs / image | Findings |");
        report.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            foreach (var credentials in new[] { 2, Math.Max(2, size / 20) })
            {
                var times = new List<double>();
                var findings = 0;
                for (var round = 0; round < rounds + 1; round++)
                {
                    var settings = Build(size, credentials);
                    var stopwatch = Stopwatch.StartNew();
                    findings = PullSettingsRules.Evaluate(settings).Count;
                    if (round > 0)
                    {
                        times.Add(stopwatch.Elapsed.TotalMilliseconds); // round 0 warms up the JIT
                    }
                }

                var stats = Stats.Of(times);
                report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size} | {credentials} | {stats.Format("0.00")} | {1000 * stats.Median / size:0.0} | {findings} |"));
            }
        }
    }

    private static PullSettings Build(int images, int credentials)
    {
        var settings = new PullSettings
        {
            RegionId = "cn-hangzhou",
            PlainHttpRegistry = RegistryListInput.Known("192.168.1.10,harbor.lab.local", new object()),
            InsecureRegistry = RegistryListInput.Known("registry.corp.example:8443", new object()),
        };
        for (var i = 0; i < images; i++)
        {
            settings.Images.Add(new ImageInput(Images[i % Images.Length].Replace(":1", ":" + (i % 7).ToString(CultureInfo.InvariantCulture)), new object()));
        }

        for (var i = 0; i < credentials; i++)
        {
            settings.Credentials.Add(new CredentialInput("mirror" + i.ToString(CultureInfo.InvariantCulture) + ".corp.example", new object()));
        }

        return settings;
    }
}
