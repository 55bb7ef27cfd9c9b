namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Lookup tables and sequence sources that another type of the project changes: an internal table can be written from
/// any file, so it is only read when no file does; a private one only needs its own type checked.
/// </summary>
public class ReachFalsePositiveTests
{
    private const string Catalog = Sources.Usings + """
        internal static class Catalog
        {
            internal static readonly Dictionary<string, string> Images = new Dictionary<string, string>
            {
                ["api"] = "registry.corp.example/team/api:5",
            };

            internal static readonly string[] Pinned = { "registry.corp.example/team/web:1" };

            internal static readonly List<string> Services = new List<string> { "registry.corp.example/team/worker:2" };

            internal static readonly string[] Stable = { "registry.corp.example/team/stable:1" };
        }

        """;

    // Another file of the same project changes the internal tables; nothing in Catalog itself does.
    private const string Overrides = Sources.Usings + """
        internal static class LabOverrides
        {
            public static void Apply()
            {
                Catalog.Images["api"] = "nginx:1.27";
                Catalog.Pinned[0] = "nginx:1.27";
                Catalog.Services.Clear();
            }
        }

        """;

    private const string TableCaller = Sources.Usings + """
        using System.Linq;

        public sealed class Deployer
        {
            public void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container>
                    {
                        new Container { Image = Catalog.Images["api"] },
                        new Container { Image = Catalog.Pinned[0] },
                        new Container { Image = {|ECI004:Catalog.Stable[0]|} },
                    },
                });

                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = Catalog.Services.Select(s => new Container { Name = "worker", Image = s }).ToList(),
                });
            }
        }

        """;

    [Fact]
    public Task InternalTableChangedByAnotherTypeIsUnknown() => ReachVerifier.VerifyAsync(Catalog, Overrides, TableCaller);

    private const string Holder = Sources.Usings + """
        internal sealed class ImageSet
        {
            internal readonly string[] Images = { "registry.corp.example/team/api:5" };
        }

        internal sealed class ImageSetPatcher
        {
            public static void Patch(ImageSet set) => set.Images[0] = "nginx:1.27";
        }

        public sealed class SetDeployer
        {
            private readonly ImageSet _set = new ImageSet();

            public void Run(Client client) =>
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = _set.Images[0] } },
                });
        }

        """;

    [Fact]
    public Task InstanceArrayWhoseElementsAnotherTypeWritesIsUnknown() => ReachVerifier.VerifyAsync(Holder);

    private const string PrivateTable = Sources.Usings + """
        public static class Images
        {
            private static readonly Dictionary<string, string> Table = new Dictionary<string, string> { ["api"] = "registry.corp.example/team/api:5" };

            public static void Run(Client client) =>
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = {|ECI004:Table["api"]|} } },
                });
        }

        """;

    // Another type's own field of the same name: a private table cannot be named there, so it is not this table.
    private const string OtherTable = Sources.Usings + """
        internal sealed class Scratch
        {
            private readonly Dictionary<string, string> Table = new Dictionary<string, string>();

            public void Reset() => Table.Clear();
        }

        """;

    [Fact]
    public Task PrivateTableIsCheckedInItsOwnTypeOnly() => ReachVerifier.VerifyAsync(PrivateTable, OtherTable);

    [Fact]
    public Task InternalTableOfAnAssemblyThatGrantsItsInternalsIsUnknown() => ReachVerifier.VerifyAsync(
        Catalog,
        "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Deployments.Tests\")]\n",
        Sources.Usings + """
        public sealed class Deployer
        {
            public void Run(Client client) =>
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = Catalog.Stable[0] } },
                });
        }

        """);
}
