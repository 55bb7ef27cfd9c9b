using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Eci.ImagePull;
using static Eci.ImagePull.Tests.Credentials.TestResolvers;

namespace Eci.ImagePull.Tests.Credentials;

/// <summary>The static entry point; registries here use the reserved .invalid domain so no real source can know them.</summary>
public class RegistryCredentialsTests
{
    [Fact]
    public void Registered_factory_answers_for_its_registry_through_the_static_helpers()
    {
        RegistryCredentials.Register("Static-Factory.invalid:5000", () => new RegistryCredential("factory-user", Secret, "test factory"));

        Assert.Equal("factory-user", RegistryCredentials.UserNameFor("static-factory.invalid:5000"));
        Assert.Equal(Secret, RegistryCredentials.PasswordFor("https://static-factory.invalid:5000/"));
        Assert.True(RegistryCredentials.TryResolve("static-factory.invalid:5000", out RegistryCredential? credential));
        Assert.Equal("test factory", credential!.Source);
    }

    [Fact]
    public void Registered_factory_does_not_answer_for_other_registries()
    {
        RegistryCredentials.Register("only-this.invalid", () => new RegistryCredential("x", "y", "z"));

        Assert.False(RegistryCredentials.TryResolve("only-that.invalid", out _));
    }

    [Fact]
    public void Factory_returning_null_means_not_found_and_the_factory_is_listed()
    {
        RegistryCredentials.Register("null-factory.invalid", () => null);

        var ex = Assert.Throws<RegistryCredentialsNotFoundException>(() => RegistryCredentials.Resolve("null-factory.invalid"));

        Assert.Contains("provider factory registered for 'null-factory.invalid'", ex.SearchedLocations);
    }

    [Fact]
    public void Registered_provider_is_asked_by_the_default_resolver()
    {
        RegistryCredentials.Register(new SingleRegistryProvider("provider.invalid", "provider-user"));

        Assert.Equal("provider-user", RegistryCredentials.Resolve("provider.invalid").UserName);
        Assert.Same(RegistryCredentials.Default, RegistryCredentials.Default);
    }

    [Fact]
    public void Concurrent_registrations_are_all_kept()
    {
        var resolver = Resolver();

        Parallel.For(0, 200, i => resolver.AddProvider(new SingleRegistryProvider("r" + i + ".invalid", "user" + i)));

        for (int i = 0; i < 200; i++)
        {
            Assert.Equal("user" + i, resolver.Resolve("r" + i + ".invalid").UserName);
        }

        Assert.Equal(201, resolver.DescribeSearch("x.invalid").Count);
    }

    private sealed class SingleRegistryProvider : IRegistryCredentialProvider
    {
        private readonly string _registry;
        private readonly string _user;

        public SingleRegistryProvider(string registry, string user)
        {
            _registry = registry;
            _user = user;
        }

        public string Description => "single " + _registry;

        public bool TryGet(string registry, [NotNullWhen(true)] out RegistryCredential? credential)
        {
            credential = registry == _registry ? new RegistryCredential(_user, "pw", Description) : null;
            return credential != null;
        }
    }
}
