using Microsoft.CodeAnalysis.Testing;

namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Images, registries and servers read from members of a constants class (<c>static readonly</c> fields, get-only and
/// expression-bodied properties, readonly tables): reported where the request uses them, in the body being analyzed,
/// with the initializer that holds the text as an additional location and named in the message. The request's fixes
/// work as for a literal; ECI006's correction is made in the initializer, in whatever file declares it.
/// </summary>
public class MemberOriginTests
{
    private const string Constants = Sources.Usings + """
        public static class Registries
        {
            public static readonly string Corp = "registry.corp.example";
            public static readonly string Lab = "harbor.lab.local";
        }

        public static class Images
        {
            public static readonly string Api = "registry.corp.example/team/api:5";
            public static string Web => "registry.corp.example/team/web:2";
            public static string Worker { get; } = "registry.corp.example/team/worker:3";
            public static string Cache { get { return "registry.corp.example/team/cache:4"; } }
            public static string Alias => Api;
            public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
            {
                ["api"] = "registry.corp.example/team/all-api:6",
            };
            public static readonly IReadOnlyList<string> Mirrors = new List<string> { "registry.corp.example/mirror/app:7" };
            private static readonly string[] Pinned = { "nginx:1.27", "registry.corp.example/team/pinned:8" };
            public static string PinnedSecond => Pinned[1];

            public static string Configured { get; set; } = "registry.corp.example/team/configured:1";
            public static string Mutable = "registry.corp.example/team/mutable:1";
            public static readonly string FromEnvironment = System.Environment.GetEnvironmentVariable("IMAGE");
            public static readonly string SetInConstructor = "registry.corp.example/team/ctor:1";
            public static readonly Dictionary<string, string> Changing = new Dictionary<string, string> { ["api"] = "registry.corp.example/team/changing:1" };
            static Images() { SetInConstructor = System.Environment.GetEnvironmentVariable("IMAGE"); }
        }

        """;

    private static string Request(string image) => Sources.Usings + $$"""
        public sealed class Deployer
        {
            public void Deploy(Client client, string key)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = {{image}} } },
                });
            }
        }

        """;

    [Theory]
    [InlineData("Images.Api", "\"registry.corp.example/team/api:5\"", "Images.Api")]
    [InlineData("Images.Web", "\"registry.corp.example/team/web:2\"", "Images.Web")]
    [InlineData("Images.Worker", "\"registry.corp.example/team/worker:3\"", "Images.Worker")]
    [InlineData("Images.Cache", "\"registry.corp.example/team/cache:4\"", "Images.Cache")]
    [InlineData("Images.Alias", "\"registry.corp.example/team/api:5\"", "Images.Api")]
    [InlineData("Images.All[\"api\"]", "\"registry.corp.example/team/all-api:6\"", "Images.All[\"api\"]")]
    [InlineData("Images.Mirrors[0]", "\"registry.corp.example/mirror/app:7\"", "Images.Mirrors[0]")]
    [InlineData("Images.PinnedSecond", "\"registry.corp.example/team/pinned:8\"", "Images.Pinned[1]")]
    public async Task ReportedAtTheUseWithTheInitializerAsAdditionalLocation(string use, string written, string member)
    {
        var diagnostics = await MemberOriginRunner.RunAsync(null, ("/src/Constants.cs", Constants), ("/src/Deployer.cs", Request(use)));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ECI004", diagnostic.Id);
        Assert.Equal("/src/Deployer.cs", diagnostic.Location.SourceTree!.FilePath);
        Assert.Equal(use, MemberOriginRunner.Text(diagnostic.Location));
        var origin = MemberOriginRunner.Written(diagnostic);
        Assert.NotNull(origin);
        Assert.Equal("/src/Constants.cs", origin.SourceTree!.FilePath);
        Assert.Equal(written, MemberOriginRunner.Text(origin));
        var line = origin.GetLineSpan().StartLinePosition.Line + 1;
        Assert.EndsWith($"(from {member} in Constants.cs, line {line})", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(diagnostic.Properties.ContainsKey("EciCorrectWritten")); // ECI004's fix edits the request, not the constant
    }

    [Fact]
    public async Task ConstantsClassInTheSameFileAsTheRequest()
    {
        var source = Request("Images.Api") + Constants.Substring(Sources.Usings.Length);
        var diagnostics = await MemberOriginRunner.RunAsync(null, ("/src/Deployer.cs", source));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Images.Api", MemberOriginRunner.Text(diagnostic.Location));
        Assert.Equal("\"registry.corp.example/team/api:5\"", MemberOriginRunner.Text(MemberOriginRunner.Written(diagnostic)!));
        Assert.Contains("(from Images.Api in Deployer.cs, line ", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task RegistryConcatenatedAtTheUsePointsAtTheRegistrysInitializer()
    {
        var diagnostics = await MemberOriginRunner.RunAsync(null, ("/src/Constants.cs", Constants), ("/src/Deployer.cs", Request("Registries.Corp + \"/team/app:1\"")));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Registries.Corp + \"/team/app:1\"", MemberOriginRunner.Text(diagnostic.Location));
        Assert.Equal("\"registry.corp.example\"", MemberOriginRunner.Text(MemberOriginRunner.Written(diagnostic)!));
        Assert.Contains("(from Registries.Corp in Constants.cs, line ", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ALiteralAtTheUseHasNoOriginNote()
    {
        var diagnostics = await MemberOriginRunner.RunAsync(null, ("/src/Constants.cs", Constants), ("/src/Deployer.cs", Request("\"registry.corp.example/team/app:1\"")));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Null(MemberOriginRunner.Written(diagnostic));
        Assert.EndsWith("fails with ErrImagePull", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Images.Configured")]
    [InlineData("Images.Mutable")]
    [InlineData("Images.FromEnvironment")]
    [InlineData("Images.SetInConstructor")]
    [InlineData("Images.Changing[\"api\"]")]
    [InlineData("Images.All[key]")]
    [InlineData("Images.All[\"missing\"]")]
    public async Task MembersThatCanChangeStaySilent(string use)
    {
        var diagnostics = await MemberOriginRunner.RunAsync(null, ("/src/Constants.cs", Constants), ("/src/Deployer.cs", Request(use)));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task ListsServersAndPasswordsFromMembersPointAtTheirInitializers()
    {
        const string Settings = Sources.Usings + """
            public static class Lab
            {
                public static readonly string PlainHttp = "harbor.lab.local";
                public static string Server => "registry.corp.example";
                public static readonly string Password = "hunter2";
            }

            """;
        var request = Sources.Usings + """
            public sealed class Deployer
            {
                public void Deploy(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lab.PlainHttp,
                    Container = new List<Container> { new Container { Image = "harbor.lab.local:80/lab/app:1" }, new Container { Image = "registry.corp.example/team/app:1" } },
                    ImageRegistryCredential = new List<Credential> { new Credential { Server = Lab.Server, UserName = "ci", Password = Lab.Password } },
                });
            }

            """;
        var diagnostics = await MemberOriginRunner.RunAsync(
            new System.Collections.Generic.Dictionary<string, string> { ["eci.anonymous_registries"] = "harbor.lab.local:80" }, ("/src/Lab.cs", Settings), ("/src/Deployer.cs", request));

        Assert.Equal(new[] { "ECI001", "ECI007" }, diagnostics.Select(d => d.Id));
        var portMismatch = diagnostics[0];
        Assert.Equal("Lab.PlainHttp", MemberOriginRunner.Text(portMismatch.Location));
        Assert.Equal("\"harbor.lab.local\"", MemberOriginRunner.Text(MemberOriginRunner.Written(portMismatch)!));
        var password = diagnostics[1];
        Assert.Equal("Lab.Password", MemberOriginRunner.Text(password.Location));
        Assert.Equal("\"hunter2\"", MemberOriginRunner.Text(MemberOriginRunner.Written(password)!));
        var line = MemberOriginRunner.Written(password)!.GetLineSpan().StartLinePosition.Line + 1;
        Assert.EndsWith($"(from Lab.Password in Lab.cs, line {line})", password.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AMemberWithSeveralArmsReportsEachArmWithoutAnOrigin()
    {
        // `Pick => canary ? A : B` puts both arms on one use: no single place wrote the value, so none is named.
        const string Picks = Sources.Usings + """
            public static class Picks
            {
                public static bool Canary;
                public static string Image => Canary ? "registry.corp.example/team/app:2-rc" : "nginx:1.27";
            }

            """;
        var diagnostics = await MemberOriginRunner.RunAsync(null, ("/src/Picks.cs", Picks), ("/src/Deployer.cs", Request("Picks.Image")));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ECI004", diagnostic.Id);
        Assert.Null(MemberOriginRunner.Written(diagnostic));
    }
}
