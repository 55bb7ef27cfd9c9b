using Eci.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp;

namespace Eci.Analyzers.Tests.Fixes;

/// <summary>Fixes add the usings their code needs, where the file keeps its usings, and none a global using already gives.</summary>
public class ImportTests
{
    [Fact]
    public Task AddsTheMissingUsingsInsideABlockNamespace()
    {
        var test = VerifyCS.CreateFixTest();
        test.LanguageVersion = LanguageVersion.CSharp9;
        test.TestCode = """
            namespace Deploy
            {
                using AlibabaCloud.SDK.Eci20180808;
                using AlibabaCloud.SDK.Eci20180808.Models;

                class App
                {
                    void Run(Client client)
                    {
                        client.CreateContainerGroup(new CreateContainerGroupRequest
                        {
                            Container = new() { new() { Image = {|ECI004:"registry.corp.example/team/app"|} } },
                        });
                    }
                }
            }

            """;
        test.FixedCode = """
            namespace Deploy
            {
                using System.Collections.Generic;
                using AlibabaCloud.SDK.Eci20180808;
                using AlibabaCloud.SDK.Eci20180808.Models;
                using Eci.ImagePull;

                class App
                {
                    void Run(Client client)
                    {
                        client.CreateContainerGroup(new CreateContainerGroupRequest
                        {
                            Container = new() { new() { Image = "registry.corp.example/team/app" } },
                            ImageRegistryCredential = new List<CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential>
                            {
                                new()
                                {
                                    Server = "registry.corp.example",
                                    UserName = RegistryCredentials.UserNameFor("registry.corp.example"),
                                    Password = RegistryCredentials.PasswordFor("registry.corp.example"),
                                },
                            },
                        });
                    }
                }
            }

            """;
        return test.RunAsync();
    }

    [Fact]
    public Task AGlobalUsingIsNotRepeated()
    {
        var test = VerifyCS.CreateFixTest();
        test.AddSharedSource("/0/GlobalUsings.g.cs", FixWorkspace.ImplicitGlobalUsings);
        test.TestCode = """
            using AlibabaCloud.SDK.Eci20180808;
            using AlibabaCloud.SDK.Eci20180808.Models;

            namespace Deploy;

            class App
            {
                void Run(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        Image = new List<string> { {|ECI004:"registry.corp.example/team/api:3"|} },
                    });
                }
            }

            """;
        test.FixedCode = """
            using AlibabaCloud.SDK.Eci20180808;
            using AlibabaCloud.SDK.Eci20180808.Models;
            using Eci.ImagePull;

            namespace Deploy;

            class App
            {
                void Run(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        Image = new List<string> { "registry.corp.example/team/api:3" },
                        ImageRegistryCredential = new List<CreateImageCacheRequest.CreateImageCacheRequestImageRegistryCredential>
                        {
                            new CreateImageCacheRequest.CreateImageCacheRequestImageRegistryCredential
                            {
                                Server = "registry.corp.example",
                                UserName = RegistryCredentials.UserNameFor("registry.corp.example"),
                                Password = RegistryCredentials.PasswordFor("registry.corp.example"),
                            },
                        },
                    });
                }
            }

            """;
        return test.RunAsync();
    }
}
