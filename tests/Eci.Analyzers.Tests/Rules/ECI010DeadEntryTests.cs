namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI010: a registry list entry that has no effect, and the fix that removes it.</summary>
public class ECI010DeadEntryTests
{
    [Fact]
    public Task DeadEntriesAreInfo() => VerifyCS.VerifyAllRulesAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                PlainHttpRegistry = "harbor.lab.local:80,{|ECI010:old.lab.local|}",
                InsecureRegistry = "{|ECI010:harbor.lab.local:80|}",
                Container = [new Container { Image = "harbor.lab.local:80/app" }],
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task NoDeadEntryWhenAnImageIsUnknown() => VerifyCS.VerifyAllRulesAsync(
        Sources.InClass("""
            void Run(Client client, string image)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    EipInstanceId = "eip-123",
                    PlainHttpRegistry = "harbor.lab.local:80,old.lab.local",
                    Container = [new Container { Image = "harbor.lab.local:80/app" }, new Container { Image = image }],
                });
            }
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task RemovesDeadEntries() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                PlainHttpRegistry = "{|ECI010:old.lab.local|},harbor.lab.local:80",
                InsecureRegistry = "{|ECI010:harbor.lab.local:80|}",
                Container = [new Container { Image = "harbor.lab.local:80/app" }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                PlainHttpRegistry = "harbor.lab.local:80",
                Container = [new Container { Image = "harbor.lab.local:80/app" }],
            });
            """),
        Sources.AnonymousLab,
        allRules: true);
}
