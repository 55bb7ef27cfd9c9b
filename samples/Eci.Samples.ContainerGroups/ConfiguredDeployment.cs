using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AlibabaCloud.SDK.Eci20180808;
using AlibabaCloud.SDK.Eci20180808.Models;
using Eci.ImagePull;
using Eci.ImagePull.Rules;

namespace Eci.Samples.ContainerGroups;

/// <summary>
/// A deployment whose images, registry lists and credentials come from a configuration file, as most real ones do.
/// The analyzers cannot see those values and rightly stay silent; PullPreflight checks them when the app runs, before
/// ECI is paid for an instance that would end in ErrImagePull. deployment.example.json forgets InsecureRegistry for the
/// corporate registry: <c>configured samples/Eci.Samples.ContainerGroups/deployment.example.json</c> stops with ECI003.
/// </summary>
public sealed class ConfiguredDeployment
{
    private readonly Client _client;

    public ConfiguredDeployment(Client client) => _client = client;

    /// <summary>Offline: the analyzers' rules on the real values, then the send.</summary>
    public void Deploy(string configurationFile)
    {
        var configuration = DeploymentConfiguration.Load(configurationFile);
        var request = configuration.ToRequest();
        PullPreflight.ThrowIfInvalid(request, configuration.Knowledge);
        _client.CreateContainerGroup(request);
    }

    /// <summary>With the network check: every image is pulled (manifest and config) the way ECI will pull it.</summary>
    public async Task DeployCheckedAsync(string configurationFile, CancellationToken cancellationToken)
    {
        var request = DeploymentConfiguration.Load(configurationFile).ToRequest();
        await PullPreflight.EnsurePullableAsync(request, cancellationToken);
        await _client.CreateContainerGroupAsync(request);
    }
}

/// <summary>The deployment's configuration file (see deployment.example.json).</summary>
internal sealed class DeploymentConfiguration
{
    public string Name { get; private set; }

    public string RegionId { get; private set; }

    public List<string> Images { get; } = new List<string>();

    public string PlainHttpRegistry { get; private set; }

    public string InsecureRegistry { get; private set; }

    /// <summary>Registries the images need a credential for; the credential itself is read where the app runs.</summary>
    public List<string> PrivateRegistries { get; } = new List<string>();

    /// <summary>What the team knows about its registries: the same lists as the analyzers' .globalconfig.</summary>
    public RegistryKnowledge Knowledge { get; private set; } = RegistryKnowledge.None;

    public static DeploymentConfiguration Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var configuration = new DeploymentConfiguration
        {
            Name = Text(root, "name"),
            RegionId = Text(root, "regionId"),
            PlainHttpRegistry = Text(root, "plainHttpRegistry"),
            InsecureRegistry = Text(root, "insecureRegistry"),
            Knowledge = RegistryKnowledge.FromSettings(Text(root, "knownPlainHttpRegistries"), Text(root, "knownInsecureRegistries"), Text(root, "knownAnonymousRegistries")),
        };
        foreach (var image in Items(root, "images"))
        {
            configuration.Images.Add(image);
        }

        foreach (var registry in Items(root, "privateRegistries"))
        {
            configuration.PrivateRegistries.Add(registry);
        }

        return configuration;
    }

    public CreateContainerGroupRequest ToRequest()
    {
        var request = new CreateContainerGroupRequest
        {
            ContainerGroupName = Name,
            RegionId = RegionId,
            AutoCreateEip = true,
            PlainHttpRegistry = PlainHttpRegistry,
            InsecureRegistry = InsecureRegistry,
            Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer>(),
            ImageRegistryCredential = new List<CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential>(),
        };
        for (var i = 0; i < Images.Count; i++)
        {
            request.Container.Add(new CreateContainerGroupRequest.CreateContainerGroupRequestContainer { Name = "c" + i, Image = Images[i], Cpu = 1, Memory = 2 });
        }

        foreach (var registry in PrivateRegistries)
        {
            request.ImageRegistryCredential.Add(new CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential
            {
                Server = registry,
                UserName = RegistryCredentials.UserNameFor(registry),
                Password = RegistryCredentials.PasswordFor(registry),
            });
        }

        return request;
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Items(JsonElement root, string name)
    {
        if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                yield return item.GetString();
            }
        }
    }
}
