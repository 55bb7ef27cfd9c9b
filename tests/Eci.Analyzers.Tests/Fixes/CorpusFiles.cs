using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace Eci.Analyzers.Tests.Fixes;

/// <summary>
/// Request-building files as consumers write them, each in the list syntax its language version has: qualified
/// <c>new System.Collections.Generic.List&lt;T&gt;</c> in C# 7.3, <c>new()</c> in C# 9, collection expressions in C# 12.
/// None has <c>using System.Collections.Generic;</c> or <c>using Eci.ImagePull;</c>: the fixes must bring what they use.
/// </summary>
internal sealed class CorpusFiles
{
    private const string Container = "CreateContainerGroupRequest.CreateContainerGroupRequestContainer";
    private const string Credential = "CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential";
    private readonly LanguageVersion _language;

    public CorpusFiles(LanguageVersion language) => _language = language;

    /// <summary>The registry with a self-signed certificate the files use.</summary>
    public const string EditorConfig = "eci.insecure_registries = registry.corp.example:8443";

    public IEnumerable<(string Name, string ClassText)> All()
    {
        yield return ("MissingCredentials", $$"""
            class MissingCredentials
            {
                public void Web(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        RegionId = "cn-hangzhou",
                        Container = {{Containers("registry.corp.example/team/web:1", "images.platform.example/api:2")}},
                    });
                }

                public void Cache(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        ImageCacheName = "api",
                        Image = {{Strings("registry.corp.example/team/api:3")}}
                    });
                }
            }

            """);

        yield return ("LocalCredentials", $$"""
            class LocalCredentials
            {
                public void Run(Client client, string user, string password)
                {
                    var credentials = new System.Collections.Generic.List<{{Credential}}>
                    {
                        {{New(Credential)}} { Server = "other.corp.example", UserName = user, Password = password },
                    };
                    var request = new CreateContainerGroupRequest
                    {
                        Container = {{Containers("registry.corp.example/team/app:1", "other.corp.example/tools:2")}},
                        ImageRegistryCredential = credentials,
                    };
                    client.CreateContainerGroup(request);
                }
            }

            """);

        yield return ("PlainHttp", $$"""
            class PlainHttp
            {
                private const string LabRegistries = "other.lab.local";

                public void Lab(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        PlainHttpRegistry = LabRegistries,
                        Container = {{Containers("harbor.lab.local:80/lab/web:1", "other.lab.local/lab/db:1")}},
                    });
                }

                public void Local(Client client)
                {
                    const string plainHttp = "other.lab.local";
                    var request = new CreateContainerGroupRequest();
                    request.Container = {{Containers("192.168.1.10:80/api:2", "other.lab.local/lab/db:1")}};
                    request.PlainHttpRegistry = plainHttp;
                    client.CreateContainerGroup(request);
                }

                public void Fresh(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest { Image = {{Strings("harbor.lab.local:80/cache:1", "http://192.168.1.10:5000/tools:1")}} });
                }
            }

            """);

        yield return ("SelfSigned", $$"""
            class SelfSigned
            {
                public void Api(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = {{Containers("registry.corp.example:8443/platform/api:5")}}
                    });
                }

                public void Cache(Client client)
                {
                    var request = new CreateImageCacheRequest { InsecureRegistry = "a.corp.example", Image = {{Strings("a.corp.example/x:1", "registry.corp.example:8443/platform/api:5")}} };
                    client.CreateImageCache(request);
                }
            }

            """);

        yield return ("PortMismatch", $$"""
            class PortMismatch
            {
                public void Run(Client client, string password)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        PlainHttpRegistry = "192.168.1.10",
                        Container = {{Containers("192.168.1.10:5000/app:1", "registry.corp.example:5000/app:1")}},
                        ImageRegistryCredential = new System.Collections.Generic.List<{{Credential}}>
                        {
                            {{New(Credential)}} { Server = "registry.corp.example", UserName = "ci", Password = password },
                            {{New(Credential)}} { Server = "192.168.1.10:5000", UserName = "ci", Password = "Lab-2024!" },
                        },
                    });
                }
            }

            """);

        yield return ("DeadEntries", $$"""
            class DeadEntries
            {
                public void Run(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        PlainHttpRegistry = "harbor.lab.local:80, http://old.lab.local/",
                        InsecureRegistry = "old.lab.local:8443",
                        Container = {{Containers("harbor.lab.local:80/app", "nginx:1.27")}},
                        ImageRegistryCredential = new System.Collections.Generic.List<{{Credential}}>(),
                    });
                }

                public void Later(Client client)
                {
                    var request = new CreateImageCacheRequest { Image = {{Strings("registry.corp.example/team/cache:1")}} };
                    request.InsecureRegistry = "old.lab.local:8443";
                    client.CreateImageCache(request);
                }
            }

            """);
    }

    private string Containers(params string[] images)
    {
        var elements = images.Select(image => $"{New(Container)} {{ Image = \"{image}\" }}");
        return List($"new System.Collections.Generic.List<{Container}>", elements);
    }

    private string Strings(params string[] images) =>
        List("new System.Collections.Generic.List<string>", images.Select(image => $"\"{image}\""));

    private string List(string explicitCreation, IEnumerable<string> elements)
    {
        var joined = string.Join(", ", elements);
        return _language switch
        {
            >= LanguageVersion.CSharp12 => $"[{joined}]",
            >= LanguageVersion.CSharp9 => $"new() {{ {joined} }}",
            _ => $"{explicitCreation} {{ {joined} }}",
        };
    }

    private string New(string type) => _language >= LanguageVersion.CSharp9 ? "new()" : "new " + type;
}
