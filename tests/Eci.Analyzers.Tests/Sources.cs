namespace Eci.Analyzers.Tests;

/// <summary>Test sources share the SDK usings and short aliases for the SDK's long nested element names.</summary>
internal static class Sources
{
    public const string Usings = """
        using System.Collections.Generic;
        using AlibabaCloud.SDK.Eci20180808;
        using AlibabaCloud.SDK.Eci20180808.Models;
        using Container = AlibabaCloud.SDK.Eci20180808.Models.CreateContainerGroupRequest.CreateContainerGroupRequestContainer;
        using InitContainer = AlibabaCloud.SDK.Eci20180808.Models.CreateContainerGroupRequest.CreateContainerGroupRequestInitContainer;
        using Credential = AlibabaCloud.SDK.Eci20180808.Models.CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential;
        using Acr = AlibabaCloud.SDK.Eci20180808.Models.CreateContainerGroupRequest.CreateContainerGroupRequestAcrRegistryInfo;
        using CacheCredential = AlibabaCloud.SDK.Eci20180808.Models.CreateImageCacheRequest.CreateImageCacheRequestImageRegistryCredential;
        using UpdateContainer = AlibabaCloud.SDK.Eci20180808.Models.UpdateContainerGroupRequest.UpdateContainerGroupRequestContainer;
        using UpdateCredential = AlibabaCloud.SDK.Eci20180808.Models.UpdateContainerGroupRequest.UpdateContainerGroupRequestImageRegistryCredential;

        """;

    /// <summary>Wraps statements in a method that receives an ECI client, as real code does.</summary>
    public static string InMethod(string statements) => Usings + """
        class App
        {
            void Run(Client client)
            {

        """ + Indent(statements, "        ") + """

            }
        }

        """;

    /// <summary>Wraps class members.</summary>
    public static string InClass(string members) => Usings + """
        class App
        {

        """ + Indent(members, "    ") + """

        }

        """;

    /// <summary>Registries that allow anonymous pulls, so tests of other rules are not also about credentials.</summary>
    public const string AnonymousLab = "eci.anonymous_registries = harbor.lab.local:80, 192.168.1.10:5000, 192.168.1.10:80, registry.corp.example:8443";

    private static string Indent(string text, string prefix)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        return string.Join("\n", lines.Select(line => line.Length == 0 ? line : prefix + line));
    }
}
