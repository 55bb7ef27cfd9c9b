// Copied into a fresh console project by the package tests. Running it proves the package's lib/ assets load at run time:
// it builds each request (the credential lookups run before the SDK stand-in refuses to send anything).
using System;
using AlibabaCloud.OpenApiClient.Models;
using AlibabaCloud.SDK.Eci20180808;
using Eci.ImagePull;
using PackageConsumer;

// The README's "runtime library in five lines", compiled against the package's lib/ and run.
var image = ImageReference.Parse("registry.corp.example:8443/platform/api:5.1.0");
var insecure = RegistryList.Merge("harbor.lab.local", image.Registry);
RegistryCredentials.Register(image.Registry, () => new RegistryCredential("api-bot", "from-a-vault", "vault"));
var credential = RegistryCredentials.Resolve(image.Registry);
Console.WriteLine("insecure: " + insecure + "; " + image.Registry + " user from " + credential.Source + ": " + credential.UserName);

var deployments = new Deployments(new Client(new Config { RegionId = "cn-hangzhou" }));
Console.WriteLine("user for images.platform.example: " + RegistryCredentials.UserNameFor("images.platform.example"));
foreach (var (name, deploy) in new (string, Action)[] { ("reports", deployments.Reports), ("verify", deployments.Verify) })
{
    try
    {
        deploy();
    }
    catch (InvalidOperationException e) when (e.Message.StartsWith("AlibabaCloud.SDK.ECI stand-in", StringComparison.Ordinal))
    {
        Console.WriteLine(name + ": request built");
    }
}
