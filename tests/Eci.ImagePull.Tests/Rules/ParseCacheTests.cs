using System.Threading.Tasks;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>
/// The analyzer shares one <see cref="ParseCache"/> across a compilation's requests. Sharing parsed lists and images
/// must never change a verdict: every test compares findings with a cache against findings without one.
/// </summary>
public class ParseCacheTests
{
    private static readonly string?[] Images =
    {
        "192.168.1.10:5000/team/app:1.0", "harbor.lab.local/app", "Team/App", "http://192.168.1.10:5000/app",
        "registry.corp.example:8443/svc", "nginx:1.27", "registry-vpc.cn-beijing.aliyuncs.com/ns/app", "localhost:5000/x",
        "mirror1.corp.example/tools/jq", null, "registry.cn-hangzhou.aliyuncs.com/ns/app",
    };

    private static readonly string?[] Lists =
    {
        null, "192.168.1.10", "192.168.1.10:5000, harbor.lab.local", "http://harbor.lab.local", "registry.corp.example:8443",
        "harbor.lab.local,harbor.lab.local", " , old.lab.local", "https://registry.corp.example:8443/v2",
    };

    private static readonly string?[] Servers =
    {
        "registry.corp.example:8443", "192.168.1.10", "https://mirror1.corp.example", "mirror1.corp.example", null, "a.example,b.example",
    };

    [Fact]
    public void SameTextInBothListsReportsEachListsEntries()
    {
        // Both lists parse to one shared RegistryList; an entry claimed in one list must not silence the other.
        var cache = new ParseCache();
        var uncached = Findings(Build(new[] { "c.example/app" }, "http://a.example, b.example", "http://a.example, b.example", new string?[0], null));
        var cached = Findings(Build(new[] { "c.example/app" }, "http://a.example, b.example", "http://a.example, b.example", new string?[0], cache));

        Assert.Equal(uncached, cached);
        Assert.Contains(cached, f => f.StartsWith("ECI005|PlainHttpRegistry", StringComparison.Ordinal));
        Assert.Contains(cached, f => f.StartsWith("ECI005|InsecureRegistry", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoCredentialsWithTheSameServerAreReportedApart()
    {
        var cache = new ParseCache();
        var servers = new[] { "https://mirror1.corp.example", "https://mirror1.corp.example" };
        var uncached = Findings(Build(new[] { "mirror1.corp.example/tools/jq" }, null, null, servers, null));
        var cached = Findings(Build(new[] { "mirror1.corp.example/tools/jq" }, null, null, servers, cache));

        Assert.Equal(uncached, cached);
        Assert.Equal(2, cached.Count(f => f.StartsWith("ECI005|CredentialServer", StringComparison.Ordinal)));
    }

    [Fact]
    public void ManyRequestsSharingOneCacheGetTheVerdictsOfFreshParses()
    {
        var random = new Random(7);
        var cache = new ParseCache();
        var checkedRequests = 0;
        for (var i = 0; i < 400; i++)
        {
            var images = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Images[random.Next(Images.Length)]).ToArray();
            var plain = Lists[random.Next(Lists.Length)];
            var insecure = random.Next(3) == 0 ? plain : Lists[random.Next(Lists.Length)];
            var servers = Enumerable.Range(0, random.Next(3)).Select(_ => Servers[random.Next(Servers.Length)]).ToArray();

            Assert.Equal(Findings(Build(images, plain, insecure, servers, null)), Findings(Build(images, plain, insecure, servers, cache)));
            checkedRequests++;
        }

        Assert.Equal(400, checkedRequests);
        Assert.InRange(cache.Count, 1, Images.Length + Lists.Length + (2 * Servers.Length));
    }

    [Fact]
    public void ConcurrentRequestsSharingOneCacheGetTheSameVerdicts()
    {
        var cache = new ParseCache();
        var expected = Findings(Build(Images, "192.168.1.10, http://harbor.lab.local", "registry.corp.example:8443", Servers, null));
        var results = new List<string>[64];
        Parallel.For(0, results.Length, i =>
            results[i] = Findings(Build(Images, "192.168.1.10, http://harbor.lab.local", "registry.corp.example:8443", Servers, cache)));

        Assert.NotEmpty(expected);
        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void StopsRememberingAtItsBoundButStillParsesCorrectly()
    {
        var cache = new ParseCache();
        for (var i = 0; i < ParseCache.MaxEntries + 500; i++)
        {
            var parse = cache.Image("registry" + i + ".example/app");
            Assert.Equal("registry" + i + ".example", parse.Address!.ToString());
        }

        var invalid = cache.Image("Team/App");
        Assert.Null(invalid.Address);
        Assert.Equal(ImageReferenceError.UppercaseRepository, invalid.Error!.Error);
        Assert.Equal(ParseCache.MaxEntries, cache.Count);
    }

    private static PullSettings Build(string?[] images, string? plainHttp, string? insecure, string?[] servers, ParseCache? cache)
    {
        var settings = new PullSettings { Cache = cache };
        foreach (var image in images)
        {
            settings.Images.Add(new ImageInput(image, "img:" + image));
        }

        settings.PlainHttpRegistry = plainHttp is null ? RegistryListInput.Absent : RegistryListInput.Known(plainHttp, "plain", cache);
        settings.InsecureRegistry = insecure is null ? RegistryListInput.Absent : RegistryListInput.Known(insecure, "insecure", cache);
        foreach (var server in servers)
        {
            settings.Credentials.Add(new CredentialInput(server, "server:" + server, cache));
        }

        return settings;
    }

    /// <summary>Everything a diagnostic shows or a fix uses, in report order.</summary>
    private static List<string> Findings(PullSettings settings) =>
        PullSettingsRules.Evaluate(settings)
            .Select(f => string.Join("|", f.RuleId, f.Subject, f.Message, f.Source, f.EntryText, f.Replacement, f.Address, f.Fix))
            .ToList();
}
