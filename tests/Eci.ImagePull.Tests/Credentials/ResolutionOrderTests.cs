using System.Diagnostics.CodeAnalysis;
using Eci.ImagePull;
using static Eci.ImagePull.Tests.Credentials.TestResolvers;

namespace Eci.ImagePull.Tests.Credentials;

public class ResolutionOrderTests
{
    private static readonly Dictionary<string, string> EnvironmentWithCredential = new Dictionary<string, string>
    {
        ["ECI_REGISTRY_REG_USERNAME"] = "from-env",
        ["ECI_REGISTRY_REG_PASSWORD"] = Secret,
    };

    private static string AuthsFor(string user) =>
        "{\"auths\":{\"reg\":{\"auth\":\"" + Base64(user + ":pw") + "\"}}}";

    private sealed class FixedProvider : IRegistryCredentialProvider
    {
        private readonly string _user;

        public FixedProvider(string user) => _user = user;

        public List<string> Asked { get; } = new List<string>();

        public string Description => "fixed " + _user;

        public bool TryGet(string registry, [NotNullWhen(true)] out RegistryCredential? credential)
        {
            Asked.Add(registry);
            credential = new RegistryCredential(_user, "pw", Description);
            return true;
        }
    }

    private sealed class EmptyProvider : IRegistryCredentialProvider
    {
        public string Description => "empty";

        public bool TryGet(string registry, [NotNullWhen(true)] out RegistryCredential? credential)
        {
            credential = null;
            return false;
        }
    }

    [Fact]
    public void Environment_wins_over_Docker_config_and_providers()
    {
        using var dir = new TempDirectory();
        var provider = new FixedProvider("from-provider");
        var options = Options(EnvironmentWithCredential, dir.Write("config.json", AuthsFor("from-file")), AuthsFor("from-docker-auth-config"));
        options.Providers.Add(provider);

        Assert.Equal("from-env", new RegistryCredentialResolver(options).Resolve("reg").UserName);
        Assert.Empty(provider.Asked);
    }

    [Fact]
    public void DOCKER_AUTH_CONFIG_wins_over_the_file()
    {
        using var dir = new TempDirectory();
        var resolver = Resolver(dockerConfigPath: dir.Write("config.json", AuthsFor("from-file")), dockerAuthConfigJson: AuthsFor("from-docker-auth-config"));

        Assert.Equal("from-docker-auth-config", resolver.Resolve("reg").UserName);
    }

    [Fact]
    public void The_file_is_used_when_DOCKER_AUTH_CONFIG_has_nothing_for_the_registry()
    {
        using var dir = new TempDirectory();
        var resolver = Resolver(dockerConfigPath: dir.Write("config.json", AuthsFor("from-file")), dockerAuthConfigJson: "{\"auths\":{\"other\":{}}}");

        Assert.Equal("from-file", resolver.Resolve("reg").UserName);
    }

    [Fact]
    public void Docker_config_wins_over_providers()
    {
        using var dir = new TempDirectory();
        var options = Options(dockerConfigPath: dir.Write("config.json", AuthsFor("from-file")));
        options.Providers.Add(new FixedProvider("from-provider"));

        Assert.Equal("from-file", new RegistryCredentialResolver(options).Resolve("reg").UserName);
    }

    [Fact]
    public void Providers_are_asked_in_order_with_the_address_as_written()
    {
        var first = new EmptyProvider();
        var second = new FixedProvider("second");
        var third = new FixedProvider("third");
        var options = Options();
        options.Providers.AddRange(new IRegistryCredentialProvider[] { first, second, third });

        RegistryCredential credential = new RegistryCredentialResolver(options).Resolve(" Reg:5000 ");

        Assert.Equal("second", credential.UserName);
        Assert.Equal(new[] { "Reg:5000" }, second.Asked);
        Assert.Empty(third.Asked);
    }

    [Fact]
    public void CredHelpers_entry_wins_over_auths_and_credsStore()
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner().Answer("hosthelper", "from-credhelpers", Secret).Answer("store", "from-store", Secret);

        var resolver = ForConfig(dir,
            "{\"credsStore\":\"store\",\"credHelpers\":{\"reg\":\"hosthelper\"},\"auths\":{\"reg\":{\"auth\":\"" + Base64("from-auths:pw") + "\"}}}",
            runner);

        Assert.Equal("from-credhelpers", resolver.Resolve("reg").UserName);
        Assert.Equal(new[] { "hosthelper get reg" }, runner.Calls);
    }

    [Fact]
    public void Inline_auths_credential_wins_over_credsStore()
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner().Answer("store", "from-store", Secret);

        var resolver = ForConfig(dir, "{\"credsStore\":\"store\",\"auths\":{\"reg\":{\"auth\":\"" + Base64("from-auths:pw") + "\"}}}", runner);

        Assert.Equal("from-auths", resolver.Resolve("reg").UserName);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public void Empty_auths_entry_left_by_docker_login_defers_to_credsStore()
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner().Answer("desktop", "from-store", Secret);

        var resolver = ForConfig(dir, "{\"auths\":{\"reg\":{}},\"credsStore\":\"desktop\"}", runner);

        Assert.Equal("from-store", resolver.Resolve("reg").UserName);
    }

    [Fact]
    public void CredHelpers_not_found_falls_back_to_auths_then_credsStore()
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner().NotFound("hosthelper").Answer("store", "from-store", Secret);

        var resolver = ForConfig(dir, "{\"credsStore\":\"store\",\"credHelpers\":{\"reg\":\"hosthelper\"}}", runner);

        Assert.Equal("from-store", resolver.Resolve("reg").UserName);
        Assert.Equal(new[] { "hosthelper get reg", "store get reg" }, runner.Calls);
    }

    [Fact]
    public void CredHelpers_for_another_registry_are_not_run()
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner().Answer("other", "x", Secret);

        var resolver = ForConfig(dir, "{\"credHelpers\":{\"other.example.com\":\"other\"}}", runner);

        Assert.False(resolver.TryResolve("reg", out _));
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public void CredHelpers_key_matches_Docker_Hub_by_any_of_its_names()
    {
        using var dir = new TempDirectory();
        var runner = new FakeHelperRunner().Answer("hub", "hubuser", Secret);

        var resolver = ForConfig(dir, "{\"credHelpers\":{\"index.docker.io\":\"hub\"}}", runner);

        Assert.Equal("hubuser", resolver.Resolve("docker.io").UserName);
    }

    [Fact]
    public void A_broken_source_stops_the_search_instead_of_silently_using_a_later_one()
    {
        using var dir = new TempDirectory();
        var options = Options(new Dictionary<string, string> { ["ECI_REGISTRY_REG_USERNAME"] = "half" }, dir.Write("config.json", AuthsFor("from-file")));

        Assert.Throws<RegistryCredentialsException>(() => new RegistryCredentialResolver(options).Resolve("reg"));
    }

    [Fact]
    public void TryResolve_returns_false_instead_of_throwing_for_broken_sources_and_bad_input()
    {
        var resolver = Resolver(new Dictionary<string, string> { ["ECI_REGISTRY_REG_USERNAME"] = "half" });

        Assert.False(resolver.TryResolve("reg", out RegistryCredential? credential));
        Assert.Null(credential);
        Assert.False(resolver.TryResolve("", out _));
        Assert.False(resolver.TryResolve(null!, out _));
    }

    [Fact]
    public void Provider_exceptions_are_wrapped_with_the_provider_description()
    {
        var options = Options();
        options.Providers.Add(new ThrowingProvider());

        var ex = Assert.Throws<RegistryCredentialsException>(() => new RegistryCredentialResolver(options).Resolve("reg"));

        Assert.Equal("Credential provider 'vault' failed for registry 'reg': InvalidOperationException: vault sealed", ex.Message);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void Options_are_copied_when_the_resolver_is_created()
    {
        var options = Options();
        var resolver = new RegistryCredentialResolver(options);

        options.Providers.Add(new FixedProvider("late"));

        Assert.False(resolver.TryResolve("reg", out _));
    }

    [Fact]
    public void Resolver_rejects_a_non_positive_helper_timeout()
    {
        var options = Options();
        options.HelperTimeout = TimeSpan.Zero;

        Assert.Throws<ArgumentException>(() => new RegistryCredentialResolver(options));
    }

    private sealed class ThrowingProvider : IRegistryCredentialProvider
    {
        public string Description => "vault";

        public bool TryGet(string registry, [NotNullWhen(true)] out RegistryCredential? credential) => throw new InvalidOperationException("vault sealed");
    }
}
