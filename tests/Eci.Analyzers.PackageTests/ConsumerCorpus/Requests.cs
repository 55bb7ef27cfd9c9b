// Copied into one consumer by DotnetFormatCorpusTests (never compiled into the test assembly). Written as in a project
// with ImplicitUsings disabled: no using for System.Collections.Generic or Eci.ImagePull, which the fixes' code needs.
using AlibabaCloud.SDK.Eci20180808;
using AlibabaCloud.SDK.Eci20180808.Models;

namespace PackageConsumer.Corpus
{
    public sealed class Requests
    {
        private const string LabRegistries = "other.lab.local";
        private readonly Client _client;

        public Requests(Client client) => _client = client;

        // ECI004: the credential list is added, its List<T> and RegistryCredentials with it.
        public void Web() => _client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            Container = new() { new() { Image = "images.platform.example/team/web:1" } },
        });

        // ECI004: the credential goes into the local list the request reads.
        public void Local(string user, string password)
        {
            var credentials = new System.Collections.Generic.List<CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential>
            {
                new() { Server = "other.corp.example", UserName = user, Password = password },
            };
            _client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new() { new() { Image = "images.platform.example/team/app:1" }, new() { Image = "other.corp.example/tools:2" } },
                ImageRegistryCredential = credentials,
            });
        }

        // ECI002: the entry goes into the constant only this request reads.
        public void Lab() => _client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            PlainHttpRegistry = LabRegistries,
            Container = new() { new() { Image = "harbor.lab.local/lab/web:1" }, new() { Image = "other.lab.local/lab/db:1" } },
            ImageRegistryCredential = new() { new() { Server = "other.lab.local" }, new() { Server = "harbor.lab.local" } },
        });

        // ECI010: the only entry of InsecureRegistry serves no image; the assignment goes.
        public void Cache() => _client.CreateImageCache(new CreateImageCacheRequest
        {
            PlainHttpRegistry = "harbor.lab.local",
            InsecureRegistry = "old.lab.local:8443",
            Image = new() { "harbor.lab.local/cache:1" },
            ImageRegistryCredential = new() { new() { Server = "harbor.lab.local" } },
        });
    }
}
