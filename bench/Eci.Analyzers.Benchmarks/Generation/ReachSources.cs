using System;
using System.Text;

namespace Eci.Analyzers.Benchmarks.Generation;

/// <summary>
/// Request files for the cross-method reach (issue 16): requests sent directly, through a gateway interface and
/// through a private wrapper, images from a constants class and from arguments, and image caches. Either every
/// request is correct (no diagnostic: scenario b) or every request holds exactly one mistake (b″), so the two
/// scenarios differ only in that mistake. Seeded: the same text on every run.
/// </summary>
internal static class ReachSources
{
    private const string ContainerType = "CreateContainerGroupRequest.CreateContainerGroupRequestContainer";
    private const string CredentialType = "CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential";
    private const string CacheCredentialType = "CreateImageCacheRequest.CreateImageCacheRequestImageRegistryCredential";

    private static readonly string[] Repositories =
    {
        "platform/api", "platform/worker", "team/web", "team/jobs", "ops/backup", "data/etl", "edge/proxy",
    };

    /// <summary>The shapes a request takes, in rotation; each is one request (the argument shape: one per call site).</summary>
    private enum Shape
    {
        Direct,
        Gateway,
        Wrapper,
        Argument,
        ImageCache,
    }

    /// <summary>The one mistake a faulty request holds, in rotation.</summary>
    private enum Mistake
    {
        UpperCaseRepository, // ECI006
        ConstantPassword, // ECI007
        LoopbackImage, // ECI008
    }

    /// <summary>A file of 8–16 requests; <paramref name="faulty"/>: one mistake in each of them.</summary>
    public static string File(int index, bool faulty, out int requests, out int images)
    {
        var random = new Random(2_000_000 + index);
        var text = new StringBuilder();
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using AlibabaCloud.SDK.Eci20180808;");
        text.AppendLine("using AlibabaCloud.SDK.Eci20180808.Models;");
        text.AppendLine();
        text.AppendLine($"namespace Generated.Reach{index % 40};");
        text.AppendLine();
        AppendConstantsClass(text, index, random);
        AppendGateway(text, index);

        text.AppendLine($"public sealed class Deployment{index}");
        text.AppendLine("{");
        text.AppendLine($"    private const string Corp = Images{index}.Corp;");
        text.AppendLine("    private readonly Client _client;");
        text.AppendLine($"    private readonly IGateway{index} _gateway;");
        text.AppendLine();
        text.AppendLine($"    public Deployment{index}(Client client, IGateway{index} gateway)");
        text.AppendLine("    {");
        text.AppendLine("        _client = client;");
        text.AppendLine("        _gateway = gateway;");
        text.AppendLine("    }");
        text.AppendLine();
        text.AppendLine("    private void Send(CreateContainerGroupRequest request) => _client.CreateContainerGroup(request);");
        text.AppendLine();
        AppendArgumentTarget(text);

        var count = 8 + random.Next(9);
        requests = count;
        images = 0;
        for (var r = 0; r < count; r++)
        {
            var shape = (Shape)((index + r) % 5);
            var mistake = faulty ? (Mistake?)((index + r) % 3) : null;
            images += AppendRequest(text, index, r, shape, mistake, random);
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static void AppendConstantsClass(StringBuilder text, int index, Random random)
    {
        text.AppendLine($"public static class Images{index}");
        text.AppendLine("{");
        text.AppendLine("    public const string Corp = \"registry.corp.example:8443\";");
        text.AppendLine($"    public const string Api = Corp + \"/platform/api:{Tag(random)}\";");
        text.AppendLine($"    public static readonly string Worker = Corp + \"/platform/worker:{Tag(random)}\";");
        text.AppendLine($"    public static string Agent => \"registry.corp.example:8443/ops/agent:{Tag(random)}\";");
        text.AppendLine("}");
        text.AppendLine();
    }

    private static void AppendGateway(StringBuilder text, int index)
    {
        text.AppendLine($"public interface IGateway{index}");
        text.AppendLine("{");
        text.AppendLine("    void Create(CreateContainerGroupRequest request);");
        text.AppendLine("}");
        text.AppendLine();
        text.AppendLine($"public sealed class Gateway{index} : IGateway{index}");
        text.AppendLine("{");
        text.AppendLine("    private readonly Client _client;");
        text.AppendLine();
        text.AppendLine($"    public Gateway{index}(Client client) => _client = client;");
        text.AppendLine();
        text.AppendLine("    public void Create(CreateContainerGroupRequest request)");
        text.AppendLine("    {");
        text.AppendLine("        Console.WriteLine(\"creating {0}\", request.ContainerGroupName);");
        text.AppendLine("        _client.CreateContainerGroup(request);");
        text.AppendLine("    }");
        text.AppendLine("}");
        text.AppendLine();
    }

    /// <summary>The method that puts its argument into a request: judged at each call site that passes a constant.</summary>
    private static void AppendArgumentTarget(StringBuilder text)
    {
        text.AppendLine("    private void CreateWith(string name, string image)");
        text.AppendLine("    {");
        text.AppendLine("        var request = new CreateContainerGroupRequest");
        text.AppendLine("        {");
        text.AppendLine("            RegionId = \"cn-hangzhou\",");
        text.AppendLine("            ContainerGroupName = name,");
        text.AppendLine("            InsecureRegistry = Corp,");
        text.AppendLine($"            Container = new List<{ContainerType}> {{ new() {{ Name = name, Image = image, Cpu = 1, Memory = 2 }} }},");
        text.AppendLine($"            ImageRegistryCredential = new List<{CredentialType}> {{ new() {{ Server = Corp, UserName = \"ci\", Password = Environment.GetEnvironmentVariable(\"CORP_PASSWORD\") }} }},");
        text.AppendLine("        };");
        text.AppendLine("        Send(request);");
        text.AppendLine("    }");
        text.AppendLine();
    }

    /// <summary>Appends one request of <paramref name="shape"/>; returns how many images it holds.</summary>
    private static int AppendRequest(StringBuilder text, int index, int r, Shape shape, Mistake? mistake, Random random)
    {
        if (shape == Shape.Argument)
        {
            // The argument is the only place this shape can be wrong; a constant password cannot travel here.
            var image = mistake switch
            {
                Mistake.UpperCaseRepository => $"Corp + \"/Team/Web:{Tag(random)}\"",
                Mistake.LoopbackImage or Mistake.ConstantPassword => $"\"localhost:5000/team/web:{Tag(random)}\"",
                _ => $"Corp + \"/team/web:{Tag(random)}\"",
            };
            text.AppendLine($"    public void Launch{r}() => CreateWith(\"launch-{r}\", {image});");
            text.AppendLine();
            return 1;
        }

        var images = 2 + random.Next(4);
        var list = new string[images];
        for (var i = 0; i < images; i++)
        {
            list[i] = CleanImage(index, random, i);
        }

        var password = "Environment.GetEnvironmentVariable(\"CORP_PASSWORD\")";
        switch (mistake)
        {
            case Mistake.UpperCaseRepository:
                list[images - 1] = $"Corp + \"/Platform/Api:{Tag(random)}\"";
                break;
            case Mistake.LoopbackImage:
                list[images - 1] = $"\"localhost:5000/ops/backup:{Tag(random)}\"";
                break;
            case Mistake.ConstantPassword:
                password = "\"s3cret\"";
                break;
        }

        if (shape == Shape.ImageCache)
        {
            text.AppendLine($"    public void WarmCache{r}()");
            text.AppendLine("    {");
            text.AppendLine("        _client.CreateImageCache(new CreateImageCacheRequest");
            text.AppendLine("        {");
            text.AppendLine("            RegionId = \"cn-hangzhou\",");
            text.AppendLine($"            ImageCacheName = \"cache-{r}\",");
            text.AppendLine("            InsecureRegistry = Corp,");
            text.AppendLine($"            ImageRegistryCredential = new List<{CacheCredentialType}> {{ new() {{ Server = Corp, UserName = \"ci\", Password = {password} }} }},");
            text.AppendLine($"            Image = new List<string> {{ {string.Join(", ", list)} }},");
            text.AppendLine("        });");
            text.AppendLine("    }");
            text.AppendLine();
            return images;
        }

        text.AppendLine($"    public void Deploy{r}(string version)");
        text.AppendLine("    {");
        text.AppendLine("        var request = new CreateContainerGroupRequest");
        text.AppendLine("        {");
        text.AppendLine("            RegionId = \"cn-hangzhou\",");
        text.AppendLine($"            ContainerGroupName = \"group-{r}\",");
        text.AppendLine("            InsecureRegistry = Corp,");
        text.AppendLine($"            Container = new List<{ContainerType}>");
        text.AppendLine("            {");
        for (var i = 0; i < images; i++)
        {
            text.AppendLine($"                new() {{ Name = \"c{i}\", Image = {list[i]}, Cpu = 1, Memory = 2 }},");
        }

        text.AppendLine("            },");
        text.AppendLine($"            ImageRegistryCredential = new List<{CredentialType}> {{ new() {{ Server = Corp, UserName = \"ci\", Password = {password} }} }},");
        text.AppendLine("        };");
        text.AppendLine("        if (version.Length > 3)");
        text.AppendLine("        {");
        text.AppendLine("            request.ContainerGroupName = \"canary-\" + version;");
        text.AppendLine("        }");
        text.AppendLine(shape switch
        {
            Shape.Gateway => "        _gateway.Create(request);",
            Shape.Wrapper => "        Send(request);",
            _ => "        _client.CreateContainerGroup(request);",
        });
        text.AppendLine("    }");
        text.AppendLine();
        return images;
    }

    /// <summary>An image on the corporate registry the request lists and has a credential for: literal, constant or constants-class member.</summary>
    private static string CleanImage(int index, Random random, int position)
    {
        var repository = Repositories[random.Next(Repositories.Length)];
        return ((position + random.Next(5)) % 5) switch
        {
            0 => $"Images{index}.Api",
            1 => $"Images{index}.Worker",
            2 => $"Images{index}.Agent",
            3 => $"$\"{{Corp}}/{repository}:{Tag(random)}\"",
            _ => $"\"registry.corp.example:8443/{repository}:{Tag(random)}\"",
        };
    }

    private static string Tag(Random random) => $"{1 + random.Next(5)}.{random.Next(10)}";
}
