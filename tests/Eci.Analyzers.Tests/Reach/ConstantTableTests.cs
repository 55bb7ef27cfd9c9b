namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Images looked up in readonly tables of constants: <c>Images["api"]</c>, <c>Mirrors[0]</c>. A table that can change
/// (public and mutable, written somewhere in its type) or a key that is not constant stays silent.
/// </summary>
public class ConstantTableTests
{
    private const string Tables = Sources.Usings + """
        public static class Catalog
        {
            private static readonly Dictionary<string, string> Images = new Dictionary<string, string>
            {
                ["api"] = "registry.corp.example/team/api:5",
                ["web"] = "nginx:1.27",
            };

            private static readonly string[] Mirrors = { "git.acme-corp.io/mirror/app:1", "nginx:1.27" };

            public static readonly IReadOnlyDictionary<string, string> Public = new Dictionary<string, string> { { "api", "registry.corp.example/team/api:5" } };

            public static readonly Dictionary<string, string> Mutable = new Dictionary<string, string> { ["api"] = "registry.corp.example/team/api:5" };

            private static readonly List<string> Overridden = new List<string> { "registry.corp.example/team/api:5" };

            static Catalog() => Overridden.Clear();

            public static void Run(Client client, string key) =>
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container>
                    {
                        new Container { Image = {|ECI004:Images["api"]|} },
                        new Container { Image = Images["web"] },
                        new Container { Image = {|ECI004:Mirrors[0]|} },
                        new Container { Image = {|ECI004:Public["api"]|} },
                    },
                });

            public static void Unknown(Client client, string key) =>
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container>
                    {
                        new Container { Image = Images[key] },
                        new Container { Image = Mutable["api"] },
                        new Container { Image = Overridden[0] },
                        new Container { Image = Images["missing"] },
                    },
                });
        }

        """;

    [Fact]
    public Task ReadonlyTablesOfConstantsAreLookedUp() => ReachVerifier.VerifyAsync(Tables);

}
