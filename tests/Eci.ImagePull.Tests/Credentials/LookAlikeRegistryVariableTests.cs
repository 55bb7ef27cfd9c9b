using System.Text;
using Eci.ImagePull;
using static Eci.ImagePull.Tests.Credentials.TestResolvers;

namespace Eci.ImagePull.Tests.Credentials;

/// <summary>
/// ECI_REGISTRY_&lt;ADDRESS&gt;_* names: a registry whose address differs only in a separator (a look-alike someone
/// else may own) must never read another registry's variables.
/// </summary>
public class LookAlikeRegistryVariableTests
{
    [Fact]
    public void A_look_alike_registry_does_not_get_the_password_set_for_the_real_one()
    {
        // The README's own example: the variables for registry.corp.example.
        var resolver = Resolver(new Dictionary<string, string>
        {
            ["ECI_REGISTRY_REGISTRY_CORP_EXAMPLE_USERNAME"] = "alice",
            ["ECI_REGISTRY_REGISTRY_CORP_EXAMPLE_PASSWORD"] = Secret,
        });

        Assert.Equal(Secret, resolver.Resolve("registry.corp.example").Password);
        Assert.False(resolver.TryResolve("registry-corp.example", out _));
        Assert.False(resolver.TryResolve("registry.corp-example", out _));
        Assert.False(resolver.TryResolve("registry-corp-example", out _));
        Assert.False(resolver.TryResolve("registry.corp.example:443", out _));
    }

    [Fact]
    public void Each_look_alike_reads_its_own_variables()
    {
        var resolver = Resolver(new Dictionary<string, string>
        {
            ["ECI_REGISTRY_REGISTRY__DASH_CORP_EXAMPLE_USERNAME"] = "dash-user",
            ["ECI_REGISTRY_REGISTRY__DASH_CORP_EXAMPLE_PASSWORD"] = "dash-password",
            ["ECI_REGISTRY_REG__COLON_5000_USERNAME"] = "port-user",
            ["ECI_REGISTRY_REG__COLON_5000_PASSWORD"] = "port-password",
        });

        Assert.Equal("dash-user", resolver.Resolve("registry-corp.example").UserName);
        Assert.False(resolver.TryResolve("registry.corp.example", out _));
        Assert.Equal("port-user", resolver.Resolve("reg:5000").UserName);
        Assert.False(resolver.TryResolve("reg.5000", out _));
        Assert.False(resolver.TryResolve("reg-5000", out _));
    }

    [Fact]
    public void The_old_lossy_name_of_an_address_with_a_port_is_not_read()
    {
        // Before the fix, reg:5000, reg.5000 and reg-5000 all read ECI_REGISTRY_REG_5000_*; only reg.5000 still does.
        var resolver = Resolver(new Dictionary<string, string>
        {
            ["ECI_REGISTRY_REG_5000_USERNAME"] = "alice",
            ["ECI_REGISTRY_REG_5000_PASSWORD"] = Secret,
        });

        Assert.False(resolver.TryResolve("reg:5000", out _));
        Assert.False(resolver.TryResolve("reg-5000", out _));
        Assert.Equal("alice", resolver.Resolve("reg.5000").UserName);
    }

    [Theory]
    [InlineData("reg_x:5000")]
    [InlineData("reg..x")]
    [InlineData("reg.")]
    [InlineData("reg.-x")]
    [InlineData("reg%x")]
    public void An_address_outside_the_grammar_reads_no_variable(string registry)
    {
        Assert.Null(CredentialRegistryKey.Parse(registry).EnvironmentVariableKey);
        var resolver = Resolver(new Dictionary<string, string>
        {
            ["ECI_REGISTRY_REG_X__COLON_5000_USERNAME"] = "alice",
            ["ECI_REGISTRY_REG_X__COLON_5000_PASSWORD"] = Secret,
            ["ECI_REGISTRY_REG_X_USERNAME"] = "alice",
            ["ECI_REGISTRY_REG_X_PASSWORD"] = Secret,
        });

        Assert.False(resolver.TryResolve(registry, out _));
        Assert.Contains(EnvironmentCredentialSource.NoVariables, resolver.DescribeSearch(registry));
    }

    /// <summary>
    /// Every string up to six characters over letters, digits and all the separators of host[:port] (dot, dash,
    /// colon, IPv6 brackets) that gets a name gets its own: no two share one.
    /// </summary>
    [Fact]
    public void No_two_addresses_share_a_name_over_every_combination_of_separators()
    {
        const string Alphabet = "a0.-:[]";
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = 0;
        foreach (var address in Strings(Alphabet, 6))
        {
            if (EnvironmentVariableNaming.For(address) is not { } key)
            {
                continue;
            }

            named++;
            Assert.Matches("^[A-Z0-9_]+$", key);
            if (owners.TryGetValue(key, out var owner))
            {
                Assert.Fail($"'{address}' and '{owner}' share the variable name {key}.");
            }

            owners.Add(key, address);
        }

        // Most strings with a dot in a legal place are named; the enumeration really covered them.
        Assert.True(named > 50_000, $"only {named} addresses were named");
    }

    private static IEnumerable<string> Strings(string alphabet, int maxLength)
    {
        var current = new List<string> { string.Empty };
        for (int length = 1; length <= maxLength; length++)
        {
            var next = new List<string>(current.Count * alphabet.Length);
            foreach (var prefix in current)
            {
                foreach (var c in alphabet)
                {
                    next.Add(prefix + c);
                }
            }

            foreach (var s in next)
            {
                yield return s;
            }

            current = next;
        }
    }
}
