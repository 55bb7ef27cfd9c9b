namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI007: a registry password written in source, and the fix that reads it at run time.</summary>
public class ECI007HardCodedPasswordTests
{
    [Fact]
    public Task ConstantPasswordIsReported() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InClass("""
            const string Secret = "s3cr3t";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = [new Container { Image = "registry.corp.example/app" }],
                    ImageRegistryCredential =
                    [
                        new Credential { Server = "registry.corp.example", UserName = "ci", Password = {|#0:Secret|} },
                        new Credential { Server = "other.corp.example", UserName = "ci", Password = System.Environment.GetEnvironmentVariable("P") },
                    ],
                });
            }
            """),
        null,
        VerifyCS.Diagnostic("ECI007").WithLocation(0).WithArguments("registry.corp.example"));

    [Fact]
    public Task ReplacesAConstantPasswordWithTheRunTimeLookup() => VerifyCS.VerifyCodeFixAsync(
        Sources.Usings + """
            using Eci.ImagePull;

            class App
            {
                void Run(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        Image = ["registry.corp.example/app"],
                        ImageRegistryCredential = [new CacheCredential { Server = "registry.corp.example", UserName = "ci", Password = {|ECI007:"hunter2"|} }],
                    });
                }
            }

            """,
        Sources.Usings + """
            using Eci.ImagePull;

            class App
            {
                void Run(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        Image = ["registry.corp.example/app"],
                        ImageRegistryCredential = [new CacheCredential { Server = "registry.corp.example", UserName = "ci", Password = RegistryCredentials.PasswordFor("registry.corp.example") }],
                    });
                }
            }

            """);
}
