namespace Eci.Analyzers.Tests.Fixes;

/// <summary>Generated code follows the file: its line endings, its collection expressions, its trailing commas.</summary>
public class StyleTests
{
    private const string WithImagePull = "using Eci.ImagePull;\n";

    [Fact]
    public Task KeepsWindowsLineEndings() => VerifyCS.VerifyCodeFixAsync(
        Crlf(Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } }
            });
            """)),
        Crlf(Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
                PlainHttpRegistry = "harbor.lab.local:80"
            });
            """)),
        Sources.AnonymousLab);

    [Fact]
    public Task WritesACollectionExpressionWhereTheFileDoes() => VerifyCS.VerifyCodeFixAsync(
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = [new() { Image = {|ECI004:"registry.corp.example/team/app"|} }],
                    });
                }
            }

            """,
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = [new() { Image = "registry.corp.example/team/app" }],
                        ImageRegistryCredential = [new()
                        {
                            Server = "registry.corp.example",
                            UserName = RegistryCredentials.UserNameFor("registry.corp.example"),
                            Password = RegistryCredentials.PasswordFor("registry.corp.example"),
                        }],
                    });
                }
            }

            """);

    [Fact]
    public Task AddsARegistryListBeforeTheCredentialsAFixWroteEarlier() => VerifyCS.VerifyCodeFixAsync(
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }],
                        ImageRegistryCredential = [new Credential { Server = "harbor.lab.local:80" }],
                    });
                }
            }

            """,
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = [new Container { Image = "harbor.lab.local:80/app" }],
                        PlainHttpRegistry = "harbor.lab.local:80",
                        ImageRegistryCredential = [new Credential { Server = "harbor.lab.local:80" }],
                    });
                }
            }

            """);

    private static string Crlf(string text) => text.Replace("\r\n", "\n").Replace("\n", "\r\n");
}
