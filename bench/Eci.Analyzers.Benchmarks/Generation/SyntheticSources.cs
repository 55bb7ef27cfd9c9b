using System;
using System.Collections.Generic;
using System.Text;

namespace Eci.Analyzers.Benchmarks.Generation;

/// <summary>
/// Writes synthetic but realistic C# sources: service classes with ordinary code, and (for the ECI scenarios) methods
/// that build ECI requests the ways real code does: object initializers, <c>Add</c> calls, constants and constant
/// concatenation, image caches, credentials, with a deterministic mix of clean and faulty settings.
/// Everything is seeded, so a scenario is the same text on every run and every machine.
/// </summary>
internal static class SyntheticSources
{
    private const string ContainerType = "CreateContainerGroupRequest.CreateContainerGroupRequestContainer";
    private const string InitContainerType = "CreateContainerGroupRequest.CreateContainerGroupRequestInitContainer";
    private const string CredentialType = "CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential";
    private const string CacheCredentialType = "CreateImageCacheRequest.CreateImageCacheRequestImageRegistryCredential";

    /// <summary>Images by registry: each entry is (constant name or null, image text after the registry).</summary>
    private static readonly string[] Repositories =
    {
        "platform/api", "platform/worker", "team/web", "team/jobs", "lab/migrate", "ops/backup", "data/etl", "edge/proxy",
    };

    /// <summary>A file of ordinary application code that never mentions the ECI SDK (scenario a).</summary>
    public static string PlainFile(int index)
    {
        var random = new Random(index);
        var text = new StringBuilder();
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using System.Linq;");
        text.AppendLine();
        text.AppendLine($"namespace Generated.Services{index % 40};");
        text.AppendLine();
        AppendOrderModel(text, index);
        text.AppendLine($"public sealed class Service{index}");
        text.AppendLine("{");
        text.AppendLine("    private readonly Dictionary<string, Order" + index + "> _orders = new();");
        // Look-alike code: lists of settings objects with initializers, the shape ECI code has, but no SDK types.
        var methods = 3 + random.Next(3);
        for (var m = 0; m < methods; m++)
        {
            AppendOrdinaryMethod(text, index, m, random);
        }

        AppendLookAlikeMethod(text, index, random);
        text.AppendLine("}");
        return text.ToString();
    }

    /// <summary>
    /// A file where every service builds ECI requests (scenario b): 10-30 images spread over container-group
    /// requests and an image cache, next to ordinary code, with some faulty settings.
    /// </summary>
    public static string RequestFile(int index, out int images, int faultyOneIn = DefaultFaultyOneIn) =>
        RequestFile(index, out images, withHeader: true, faultyOneIn);

    /// <summary>
    /// One request in three is faulty (1 to 4 mistakes of the kinds teams make), the others are correct: "a mix of
    /// clean and faulty requests". <c>1</c> makes every request draw from the faulty mix (the dense worst case).
    /// </summary>
    public const int DefaultFaultyOneIn = 3;

    private static string RequestFile(int index, out int images, bool withHeader, int faultyOneIn)
    {
        var random = new Random(1_000_000 + index);
        var text = new StringBuilder();
        if (withHeader)
        {
            AppendEciUsings(text);
            text.AppendLine($"namespace Generated.Deployments{index % 40};");
            text.AppendLine();
        }

        text.AppendLine($"public sealed class Deployment{index}");
        text.AppendLine("{");
        text.AppendLine("    private const string Corp = \"registry.corp.example:8443\";");
        text.AppendLine("    private const string Lab = \"192.168.1.10:5000\";");
        text.AppendLine("    private const string Team = \"team\";");
        text.AppendLine("    private readonly Client _client;");
        text.AppendLine();
        text.AppendLine($"    public Deployment{index}(Client client) => _client = client;");
        text.AppendLine();

        var budget = 10 + random.Next(21); // 10-30 images in this file (a correct last request may add one or two)
        images = 0;
        var method = 0;
        while (budget > 0)
        {
            var take = Math.Min(budget, 2 + random.Next(6));
            var faulty = faultyOneIn > 0 && random.Next(faultyOneIn) == 0;
            if (!faulty)
            {
                take = Math.Max(take, 3); // a correct request uses every registry it lists (see CleanImageExpression)
            }

            switch (method % 3)
            {
                case 0:
                    AppendInitializerRequest(text, method, take, random, faulty);
                    break;
                case 1:
                    AppendAddCallsRequest(text, method, take, random, faulty);
                    break;
                default:
                    AppendImageCacheRequest(text, method, take, random, faulty);
                    break;
            }

            budget -= take;
            images += take;
            method++;
        }

        AppendOrdinaryMethod(text, index, method, random);
        text.AppendLine("}");
        return text.ToString();
    }

    /// <summary>
    /// One method that builds one request with <paramref name="containers"/> containers (scenario c): half in the
    /// initializer, a quarter added with <c>request.Container.Add</c>, a quarter built in locals and added to a list,
    /// plus credentials and registry lists whose entries must be matched against every image.
    /// </summary>
    public static string LargeMethodFile(int containers)
    {
        var random = new Random(containers);
        var text = new StringBuilder();
        AppendEciUsings(text);
        text.AppendLine("namespace Generated.Large;");
        text.AppendLine();
        text.AppendLine("public sealed class LargeDeployment");
        text.AppendLine("{");
        text.AppendLine("    private const string Corp = \"registry.corp.example:8443\";");
        text.AppendLine("    public void Deploy(Client client)");
        text.AppendLine("    {");
        var inInitializer = containers / 2;
        var viaRequestAdd = containers / 4;
        var viaLocals = containers - inInitializer - viaRequestAdd;
        text.AppendLine("        var request = new CreateContainerGroupRequest");
        text.AppendLine("        {");
        text.AppendLine("            RegionId = \"cn-hangzhou\",");
        text.AppendLine("            ContainerGroupName = \"large\",");
        text.AppendLine("            PlainHttpRegistry = \"192.168.1.10,harbor.lab.local\",");
        text.AppendLine("            InsecureRegistry = Corp,");
        text.AppendLine($"            Container = new List<{ContainerType}>");
        text.AppendLine("            {");
        for (var i = 0; i < inInitializer; i++)
        {
            text.AppendLine($"                new() {{ Name = \"c{i}\", Image = {ImageExpression(random)}, Cpu = 0.5f, Memory = 1 }},");
        }

        text.AppendLine("            },");
        text.AppendLine($"            ImageRegistryCredential = new List<{CredentialType}>");
        text.AppendLine("            {");
        for (var i = 0; i < Math.Max(1, containers / 20); i++)
        {
            text.AppendLine($"                new() {{ Server = \"mirror{i}.corp.example\", UserName = \"ci\", Password = Environment.GetEnvironmentVariable(\"MIRROR{i}\") }},");
        }

        text.AppendLine("            },");
        text.AppendLine("        };");
        for (var i = 0; i < viaRequestAdd; i++)
        {
            text.AppendLine($"        request.Container.Add(new {ContainerType} {{ Name = \"a{i}\", Image = {ImageExpression(random)} }});");
        }

        text.AppendLine($"        var extra = new List<{ContainerType}>();");
        for (var i = 0; i < viaLocals; i++)
        {
            text.AppendLine($"        var local{i} = new {ContainerType} {{ Name = \"l{i}\" }};");
            text.AppendLine($"        local{i}.Image = {ImageExpression(random)};");
            text.AppendLine($"        extra.Add(local{i});");
        }

        text.AppendLine("        request.Container.AddRange(extra);");
        text.AppendLine("        client.CreateContainerGroup(request);");
        text.AppendLine("    }");
        text.AppendLine("}");
        return text.ToString();
    }

    /// <summary>A single file of about <paramref name="lines"/> lines made of request-building methods (IDE scenario).</summary>
    public static string DenseRequestFile(int lines)
    {
        var text = new StringBuilder();
        AppendEciUsings(text);
        text.AppendLine("namespace Generated.Dense;");
        text.AppendLine();
        for (var index = 0; CountLines(text) < lines - 40; index++)
        {
            text.Append(RequestFile(50_000 + index, out _, withHeader: false, DefaultFaultyOneIn));
        }

        return text.ToString();
    }

    private static int CountLines(StringBuilder text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static void AppendEciUsings(StringBuilder text)
    {
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using AlibabaCloud.SDK.Eci20180808;");
        text.AppendLine("using AlibabaCloud.SDK.Eci20180808.Models;");
        text.AppendLine();
    }

    /// <summary>An image as real code writes it: a literal, a constant concatenation, or a constant interpolation; some faulty.</summary>
    private static string ImageExpression(Random random)
    {
        var repository = Repositories[random.Next(Repositories.Length)];
        var tag = $"{1 + random.Next(5)}.{random.Next(10)}";
        return random.Next(12) switch
        {
            0 => $"Corp + \"/{repository}:{tag}\"",
            1 => $"$\"{{Corp}}/{repository}:{tag}\"",
            2 => $"\"192.168.1.10:5000/{repository}:{tag}\"", // ECI001 against PlainHttpRegistry "192.168.1.10"
            3 => $"\"harbor.lab.local/{repository}:{tag}\"",
            4 => $"\"Platform/{repository}:{tag}\"", // ECI006: upper-case repository
            5 => $"\"registry-vpc.cn-hangzhou.aliyuncs.com/{repository}:{tag}\"",
            6 => $"\"localhost:5000/{repository}:{tag}\"", // ECI008
            7 => $"\"mirror{random.Next(3)}.corp.example/{repository}:{tag}\"",
            8 => "\"nginx:1.27\"",
            9 => "\"fluent/fluent-bit:3.1\"",
            10 => $"\"registry.cn-hangzhou.aliyuncs.com/{repository}:{tag}\"",
            _ => $"\"docker.io/library/redis:7.{random.Next(4)}\"",
        };
    }

    /// <summary>
    /// An image of a correct request: the first three are the team's own registries (which the request lists and has
    /// credentials for, so no entry is dead); the rest come from the corporate registry or, when the request has a
    /// public address, from Docker Hub and Alibaba's public registry.
    /// </summary>
    private static string CleanImageExpression(Random random, int position, bool internet)
    {
        var repository = Repositories[random.Next(Repositories.Length)];
        var tag = $"{1 + random.Next(5)}.{random.Next(10)}";
        return position switch
        {
            0 => $"Corp + \"/{repository}:{tag}\"",
            1 => $"Lab + \"/{repository}:{tag}\"",
            2 => $"\"harbor.lab.local/{repository}:{tag}\"",
            _ => (internet ? random.Next(6) : random.Next(2)) switch
            {
                0 => $"Corp + \"/{repository}:{tag}\"",
                1 => $"$\"{{Corp}}/{repository}:{tag}\"",
                2 => "\"nginx:1.27\"",
                3 => "\"fluent/fluent-bit:3.1\"",
                4 => $"\"registry.cn-hangzhou.aliyuncs.com/{repository}:{tag}\"",
                _ => $"\"docker.io/library/redis:7.{random.Next(4)}\"",
            },
        };
    }

    private static string Image(Random random, bool faulty, int position, bool internet) =>
        faulty ? ImageExpression(random) : CleanImageExpression(random, position, internet);

    private static void AppendInitializerRequest(StringBuilder text, int method, int images, Random random, bool faulty)
    {
        var faultyPort = faulty && random.Next(3) == 0;
        text.AppendLine($"    public void Deploy{method}()");
        text.AppendLine("    {");
        text.AppendLine("        var request = new CreateContainerGroupRequest");
        text.AppendLine("        {");
        text.AppendLine("            RegionId = \"cn-hangzhou\",");
        text.AppendLine($"            ContainerGroupName = \"group-{method}\",");
        text.AppendLine(faultyPort ? "            PlainHttpRegistry = \"192.168.1.10\"," : "            PlainHttpRegistry = Lab + \",harbor.lab.local\",");
        text.AppendLine("            InsecureRegistry = Corp,");
        text.AppendLine($"            Container = new List<{ContainerType}>");
        text.AppendLine("            {");
        for (var i = 0; i < images; i++)
        {
            text.AppendLine($"                new() {{ Name = \"c{i}\", Image = {Image(random, faulty, i, internet: true)}, Cpu = 1, Memory = 2, ImagePullPolicy = \"IfNotPresent\" }},");
        }

        text.AppendLine("            },");
        text.AppendLine($"            ImageRegistryCredential = new List<{CredentialType}>");
        text.AppendLine("            {");
        text.AppendLine("                new() { Server = Corp, UserName = \"ci\", Password = Environment.GetEnvironmentVariable(\"CORP_PASSWORD\") },");
        if (faulty && random.Next(4) == 0)
        {
            text.AppendLine("                new() { Server = Lab, UserName = \"ci\", Password = \"s3cret\" },"); // ECI007
        }
        else if (!faulty)
        {
            text.AppendLine("                new() { Server = Lab, UserName = \"ci\", Password = Environment.GetEnvironmentVariable(\"LAB_PASSWORD\") },");
            text.AppendLine("                new() { Server = \"harbor.lab.local\", UserName = \"ci\", Password = Environment.GetEnvironmentVariable(\"HARBOR_PASSWORD\") },");
        }

        text.AppendLine("            },");
        text.AppendLine(random.Next(2) == 0 ? "            AutoCreateEip = true," : "            EipInstanceId = \"eip-123\",");
        text.AppendLine("        };");
        text.AppendLine("        _client.CreateContainerGroup(request);");
        text.AppendLine("    }");
        text.AppendLine();
    }

    private static void AppendAddCallsRequest(StringBuilder text, int method, int images, Random random, bool faulty)
    {
        text.AppendLine($"    public void Deploy{method}(string version)");
        text.AppendLine("    {");
        text.AppendLine($"        var containers = new List<{ContainerType}>();");
        for (var i = 0; i < images; i++)
        {
            text.AppendLine($"        containers.Add(new() {{ Name = \"w{i}\", Image = {Image(random, faulty, i, internet: false)} }});");
        }

        text.AppendLine("        var request = new CreateContainerGroupRequest { RegionId = \"cn-shanghai\", Container = containers };");
        text.AppendLine($"        request.InitContainer = new List<{InitContainerType}> {{ new() {{ Name = \"init\", Image = {Image(random, faulty, 0, internet: false)} }} }};");
        text.AppendLine("        request.PlainHttpRegistry = \"harbor.lab.local,\" + Lab;");
        text.AppendLine($"        request.ImageRegistryCredential = new List<{CredentialType}>();");
        text.AppendLine($"        request.ImageRegistryCredential.Add(new {CredentialType} {{ Server = Corp, UserName = Team, Password = Environment.GetEnvironmentVariable(\"P\") }});");
        if (!faulty)
        {
            text.AppendLine($"        request.ImageRegistryCredential.Add(new {CredentialType} {{ Server = Lab, UserName = Team, Password = Environment.GetEnvironmentVariable(\"L\") }});");
            text.AppendLine($"        request.ImageRegistryCredential.Add(new {CredentialType} {{ Server = \"harbor.lab.local\", UserName = Team, Password = Environment.GetEnvironmentVariable(\"H\") }});");
        }
        text.AppendLine("        if (version.Length > 3)");
        text.AppendLine("        {");
        text.AppendLine("            request.ContainerGroupName = \"canary-\" + version;");
        text.AppendLine("        }");
        text.AppendLine("        _client.CreateContainerGroup(request);");
        text.AppendLine("    }");
        text.AppendLine();
    }

    private static void AppendImageCacheRequest(StringBuilder text, int method, int images, Random random, bool faulty)
    {
        text.AppendLine($"    public void WarmCache{method}()");
        text.AppendLine("    {");
        text.AppendLine("        _client.CreateImageCache(new CreateImageCacheRequest");
        text.AppendLine("        {");
        text.AppendLine("            RegionId = \"cn-hangzhou\",");
        text.AppendLine($"            ImageCacheName = \"cache-{method}\",");
        text.AppendLine(faulty && random.Next(2) == 0 ? "            InsecureRegistry = \"https://registry.corp.example:8443\"," : "            InsecureRegistry = Corp,");
        if (!faulty)
        {
            text.AppendLine("            PlainHttpRegistry = Lab + \",harbor.lab.local\",");
            text.AppendLine("            EipInstanceId = \"eip-123\",");
            text.AppendLine($"            ImageRegistryCredential = new List<{CacheCredentialType}>");
            text.AppendLine("            {");
            text.AppendLine("                new() { Server = Corp, UserName = \"ci\", Password = Environment.GetEnvironmentVariable(\"CORP_PASSWORD\") },");
            text.AppendLine("                new() { Server = Lab, UserName = \"ci\", Password = Environment.GetEnvironmentVariable(\"LAB_PASSWORD\") },");
            text.AppendLine("                new() { Server = \"harbor.lab.local\", UserName = \"ci\", Password = Environment.GetEnvironmentVariable(\"HARBOR_PASSWORD\") },");
            text.AppendLine("            },");
        }
        text.AppendLine("            Image = new List<string>");
        text.AppendLine("            {");
        for (var i = 0; i < images; i++)
        {
            text.AppendLine($"                {Image(random, faulty, i, internet: !faulty)},");
        }

        text.AppendLine("            },");
        text.AppendLine("        });");
        text.AppendLine("    }");
        text.AppendLine();
    }

    private static void AppendOrderModel(StringBuilder text, int index)
    {
        text.AppendLine($"public sealed class Order{index}");
        text.AppendLine("{");
        text.AppendLine("    public string Id { get; set; } = string.Empty;");
        text.AppendLine("    public decimal Total { get; set; }");
        text.AppendLine("    public List<string> Lines { get; set; } = new();");
        text.AppendLine("    public DateTime Created { get; set; }");
        text.AppendLine("}");
        text.AppendLine();
    }

    /// <summary>Everyday code: LINQ, loops, string formatting, dictionaries, exceptions.</summary>
    private static void AppendOrdinaryMethod(StringBuilder text, int index, int method, Random random)
    {
        var limit = 5 + random.Next(20);
        text.AppendLine($"    public string Summarize{method}(IReadOnlyList<string> items, int threshold)");
        text.AppendLine("    {");
        text.AppendLine("        if (items is null) throw new ArgumentNullException(nameof(items));");
        text.AppendLine("        var counts = new Dictionary<string, int>(StringComparer.Ordinal);");
        text.AppendLine("        foreach (var item in items)");
        text.AppendLine("        {");
        text.AppendLine("            counts[item] = counts.TryGetValue(item, out var n) ? n + 1 : 1;");
        text.AppendLine("        }");
        text.AppendLine($"        var top = new List<KeyValuePair<string, int>>(counts);");
        text.AppendLine("        top.Sort((a, b) => b.Value.CompareTo(a.Value));");
        text.AppendLine($"        var result = new System.Text.StringBuilder();");
        text.AppendLine($"        for (var i = 0; i < top.Count && i < {limit}; i++)");
        text.AppendLine("        {");
        text.AppendLine("            if (top[i].Value < threshold) continue;");
        text.AppendLine("            result.Append(top[i].Key).Append('=').Append(top[i].Value).Append(';');");
        text.AppendLine("        }");
        text.AppendLine($"        return $\"{{result}} (method {method}, {{items.Count}} items)\";");
        text.AppendLine("    }");
        text.AppendLine();
    }

    /// <summary>Code shaped like request building (settings objects, initializers, Add calls) with no SDK types.</summary>
    private static void AppendLookAlikeMethod(StringBuilder text, int index, Random random)
    {
        text.AppendLine($"    public List<Order{index}> BuildOrders()");
        text.AppendLine("    {");
        text.AppendLine($"        var orders = new List<Order{index}>");
        text.AppendLine("        {");
        var count = 10 + random.Next(21);
        for (var i = 0; i < count; i++)
        {
            text.AppendLine($"            new() {{ Id = \"o{i}\", Total = {i}.5m, Lines = new List<string> {{ \"a\", \"b\" }}, Created = DateTime.UnixEpoch }},");
        }

        text.AppendLine("        };");
        text.AppendLine($"        orders.Add(new Order{index} {{ Id = \"extra\" }});");
        text.AppendLine("        foreach (var order in orders) _orders[order.Id] = order;");
        text.AppendLine("        return orders.Where(o => o.Total > 1).ToList();");
        text.AppendLine("    }");
    }
}
