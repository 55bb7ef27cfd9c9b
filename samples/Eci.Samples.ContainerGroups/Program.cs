// A deployment tool that creates ECI container groups and image caches.
// Build it (dotnet build samples/Eci.Samples.ContainerGroups) to see the ECI diagnostics on the mistakes below.
using System;
using System.Collections.Generic;
using AlibabaCloud.OpenApiClient.Models;
using AlibabaCloud.SDK.Eci20180808;
using AlibabaCloud.SDK.Eci20180808.Models;

namespace Eci.Samples.ContainerGroups;

public static class Program
{
    public static int Main(string[] args)
    {
        var client = new Client(new Config
        {
            AccessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID"),
            AccessKeySecret = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
            RegionId = "cn-hangzhou",
        });

        var deployments = new Deployments(client);
        var maintenance = new Maintenance(client);
        var sandboxes = new Sandboxes(new EciContainerGateway(client));
        if (args.Length == 0)
        {
            Console.WriteLine("usage: Eci.Samples.ContainerGroups lab|api|cache|update|backup|debug|reports|worker|shell|configured FILE|configured-checked FILE");
            return 2;
        }

        try
        {
            switch (args[0])
            {
                case "lab": deployments.DeployLabStack(); break;
                case "api": deployments.DeployApi(); break;
                case "cache": deployments.WarmImageCache(); break;
                case "update": deployments.RollOutNewApiImage("eci-0001"); break;
                case "backup": maintenance.RunBackup(); break;
                case "debug": maintenance.StartDebugPod(); break;
                case "reports": maintenance.GenerateReports(); break;
                case "worker": Console.WriteLine(sandboxes.StartWorker("4.0").GetAwaiter().GetResult()); break;
                case "shell": Console.WriteLine(sandboxes.StartShell().GetAwaiter().GetResult()); break;
                case "configured" when args.Length == 2: new ConfiguredDeployment(client).Deploy(args[1]); break;
                case "configured-checked" when args.Length == 2: new ConfiguredDeployment(client).DeployCheckedAsync(args[1], default).GetAwaiter().GetResult(); break;
                default: Console.Error.WriteLine($"unknown deployment '{args[0]}'"); return 2;
            }
        }
        catch (Eci.ImagePull.PullPreflightException e)
        {
            // The preflight stopped a request that would end in ErrImagePull: nothing was created, nothing was paid.
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (InvalidOperationException e)
        {
            // The SDK stand-in refuses to call ECI; with the real package this is where the request goes out.
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        return 0;
    }
}
