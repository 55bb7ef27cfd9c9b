using System.Text;
using Eci.ImagePull;
using Eci.ImagePull.Tests.Credentials;
using static Eci.ImagePull.Tests.Robustness.ImageReferenceFuzzTests;

namespace Eci.ImagePull.Tests.Robustness;

/// <summary>
/// Properties of the Docker config reader and the credential-helper output reader over generated input: the only
/// exceptions are the documented <see cref="RegistryCredentialsException"/> (a broken source) and
/// <see cref="RegistryCredentialsNotFoundException"/> (nothing found); describing the search never throws; and no
/// message or search line ever contains a secret, whatever the shape of the document around it.
/// </summary>
public class CredentialFuzzTests
{
    /// <summary>Written only where secrets go (passwords, <c>auth</c>, tokens, a helper's Secret), never in keys or names.</summary>
    private const string Secret = "Zq7-s3cr3t-Pa55w0rd";

    private static readonly string[] Registries = { "registry.corp.example:8443", "docker.io", "reg", "192.168.1.10:5000", "[::1]:5000" };

    private static readonly string[] ConfigSeeds =
    {
        "{\"auths\":{\"registry.corp.example:8443\":{\"auth\":\"" + Base64("alice:" + Secret) + "\"}},\"credHelpers\":{\"gcr.io\":\"fake\"},\"credsStore\":\"fake\"}",
        "{\"auths\":{\"https://index.docker.io/v1/\":{\"username\":\"hub\",\"password\":\"" + Secret + "\"}}}",
        "{\"auths\":{\"reg\":{\"identitytoken\":\"" + Secret + "\"}}}",
        "{\"auths\":{\"reg\":{}},\"credsStore\":\"fake\"}",
        "{\"credHelpers\":{\"reg\":\"fake\",\"192.168.1.10:5000\":\"fake\"}}",
        "{\"Auths\":{\"http://REG/v2/\":{\"Auth\":\"" + Base64("bob:" + Secret) + "\"}}}",
    };

    private static readonly string[] HelperSeeds =
    {
        "{\"ServerURL\":\"reg\",\"Username\":\"alice\",\"Secret\":\"" + Secret + "\"}",
        "{\"Username\":\"<token>\",\"Secret\":\"" + Secret + "\"}",
        "{\"username\":\"alice\",\"secret\":\"" + Secret + "\"}",
        "{}",
        "credentials not found in native keychain\n",
    };

    [Fact]
    public void Mutated_configs_only_throw_the_documented_exceptions() =>
        FuzzText.WithinHangGuard(() =>
        {
            IEnumerable<string> configs = FuzzText.Mutations(ConfigSeeds, 1_500, seed: 21)
                .Concat(FuzzText.RandomStrings(500, 60, seed: 22))
                .Concat(ConfigSeeds.SelectMany(seed => FuzzText.Substitutions(seed).Where((_, i) => i % 20 == 0)));
            foreach (string config in configs)
            {
                ReadConfig(config, checkSecret: false);
            }
        });

    [Fact]
    public void Generated_configs_never_leak_a_secret() =>
        FuzzText.WithinHangGuard(() =>
        {
            var random = new Random(23);
            for (int i = 0; i < 1_500; i++)
            {
                ReadConfig(GeneratedConfig(random), checkSecret: true, HelperRunner(random));
            }
        });

    public static TheoryData<string, string> HostileConfigs() => new()
    {
        { "lone surrogate in a value", "{\"credsStore\":\"fake\uD800\"}" },
        { "escaped lone surrogate in a value", "{\"credsStore\":\"fake\\uD800\"}" },
        { "escaped lone surrogate in a password", "{\"auths\":{\"reg\":{\"username\":\"u\",\"password\":\"\\uDC00" + Secret + "\"}}}" },
        { "escaped lone surrogate in a key", "{\"auths\":{\"re\\uD800g\":{\"auth\":\"" + Base64("u:" + Secret) + "\"}}}" },
        { "escaped lone surrogate in a helper name", "{\"credHelpers\":{\"reg\":\"\\uDBFF\"}}" },
        { "lone surrogate outside strings", "{\"auths\":{}}\uDC00" },
        { "escaped NUL", "{\"credsStore\":\"fa\\u0000ke\"}" },
        { "deep nesting", "{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}" },
        { "huge secret", "{\"auths\":{\"reg\":{\"username\":\"u\",\"password\":\"" + new string('p', FuzzText.OneMegabyte) + "\"}}}" },
        { "many keys", "{\"auths\":{" + string.Join(",", Enumerable.Range(0, 5_000).Select(i => "\"h" + i + "\":{}")) + "}}" },
        { "duplicate keys", "{\"auths\":{\"reg\":{\"auth\":\"" + Base64("a:" + Secret) + "\"},\"reg\":{\"auth\":5}}}" },
        { "BOM", "\uFEFF{\"auths\":{}}" },
        { "trailing garbage", "{\"auths\":{}} {" },
        { "auth of NULs", "{\"auths\":{\"reg\":{\"auth\":\"" + Base64("u:\0\0\0") + "\"}}}" },
        { "auth not UTF-8", "{\"auths\":{\"reg\":{\"auth\":\"" + Convert.ToBase64String(new byte[] { 0xC3, 0x28, 0x3A, 0xFF, 0xFE }) + "\"}}}" },
    };

    [Theory]
    [MemberData(nameof(HostileConfigs), DisableDiscoveryEnumeration = true)]
    public void Hostile_configs_only_throw_the_documented_exceptions(string label, string config) =>
        FuzzText.WithinHangGuard(() => Assert.True(ReadConfig(config, checkSecret: true) >= 0, label));

    // Found by the tests above: System.Text.Json throws ArgumentException for text with an unpaired surrogate and
    // InvalidOperationException when a string with a \u escape of one is read; both escaped the readers. (Test data
    // with raw lone surrogates is built in code: the test runner would replace them in serialized theory data.)
    public static TheoryData<string, bool> ConfigsWithUnpairedSurrogates() => new()
    {
        { "{\"credsStore\":\"fake\\uD800\"}", true },
        { "{\"re\\uDC00g\":1}", true },
        { "{\"auths\":{\"reg\":{\"username\":\"u\",\"password\":\"\\uDC00x\"}}}", false },
        { "{\"auths\":{\"reg\":{\"pass\\uD800word\":\"x\"}}}", false },
    };

    [Theory]
    [MemberData(nameof(ConfigsWithUnpairedSurrogates))]
    public void Unpaired_surrogate_escapes_in_a_config_are_a_broken_config(string config, bool wholeDocument) =>
        AssertBrokenConfig(config, wholeDocument);

    [Fact]
    public void Unpaired_surrogates_in_the_config_text_are_a_broken_config()
    {
        AssertBrokenConfig("{\"credsStore\":\"fake" + (char)0xD800 + "\"}", wholeDocument: true);
        AssertBrokenConfig("{\"auths\":{}}" + (char)0xDC00, wholeDocument: true);
    }

    [Fact]
    public void Unpaired_surrogates_in_a_helper_answer_are_an_unexpected_answer()
    {
        foreach (string output in new[]
        {
            "{\"Username\":\"u" + (char)0xD800 + "\",\"Secret\":\"" + Secret + "\"}",
            "{\"Username\":\"u\",\"Secret\":\"\\uDC00" + Secret + "\"}",
        })
        {
            var runner = new FakeHelperRunner().On("fake", _ => new CredentialHelperOutput(0, output, string.Empty));

            var error = Assert.Throws<RegistryCredentialsException>(() => CredentialHelperClient.TryGet(
                runner, "fake", "credsStore in test config", CredentialRegistryKey.Parse("reg"), TimeSpan.FromSeconds(5), out _));

            Assert.Contains("not the expected JSON", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Helper_output_with_success_exit_never_throws_anything_else_and_never_echoes_the_output() =>
        FuzzText.WithinHangGuard(() =>
        {
            IEnumerable<string> outputs = FuzzText.Mutations(HelperSeeds, 6_000, seed: 24)
                .Concat(FuzzText.RandomStrings(1_000, 60, seed: 25))
                .Concat(HelperSeeds.SelectMany(FuzzText.Substitutions).Where((_, i) => i % 3 == 0))
                .Concat(new[]
                {
                    "{\"Username\":\"u\",\"Secret\":\"\\uD800" + Secret + "\"}",
                    "{\"Username\":\"u\uDC00\",\"Secret\":\"" + Secret + "\"}",
                    "{\"Username\":\"u\",\"Secret\":\"" + Secret + "\"}\uD800",
                    "{\"Username\":\"u\",\"Secret\":\"" + new string('s', FuzzText.OneMegabyte) + Secret + "\"}",
                    new string('{', 100_000),
                });
            foreach (string output in outputs)
            {
                AskHelper(new CredentialHelperOutput(0, output, string.Empty), secretMayBeEchoed: false);
            }
        });

    [Fact]
    public void Helper_failures_give_a_bounded_message() =>
        FuzzText.WithinHangGuard(() =>
        {
            var random = new Random(26);
            IEnumerable<string> outputs = FuzzText.Mutations(HelperSeeds, 2_000, seed: 27)
                .Concat(new[] { FuzzText.RandomMegabyte(seed: 28), string.Empty, "\0", new string('\n', 1000) });
            foreach (string output in outputs)
            {
                int exitCode = random.Next(3) switch { 0 => 1, 1 => -1, _ => random.Next(int.MinValue, int.MaxValue) | 1 };
                string stderr = random.Next(2) == 0 ? string.Empty : output;
                AskHelper(new CredentialHelperOutput(exitCode, random.Next(2) == 0 ? output : string.Empty, stderr), secretMayBeEchoed: true);
            }
        });

    /// <summary>
    /// A broken source: the lookup stops with <see cref="RegistryCredentialsException"/> naming the document. When the
    /// document as a whole cannot be read, describing the search says so; a broken <c>auths</c> entry only fails its own lookup.
    /// </summary>
    private static void AssertBrokenConfig(string config, bool wholeDocument)
    {
        var resolver = TestResolvers.Resolver(dockerAuthConfigJson: config, runner: new FakeHelperRunner().Answer("fake", "alice", Secret));

        var error = Assert.Throws<RegistryCredentialsException>(() => resolver.Resolve("reg"));

        Assert.StartsWith("DOCKER_AUTH_CONFIG environment variable", error.Message, StringComparison.Ordinal);
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
        Assert.Equal(wholeDocument, resolver.DescribeSearch("reg").Any(line => line.Contains("unusable", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Reads <paramref name="config"/> as the <c>DOCKER_AUTH_CONFIG</c> document, the way the resolver does for every
    /// lookup, and as the raw document; returns how many registries resolved.
    /// </summary>
    private static int ReadConfig(string config, bool checkSecret, ICredentialHelperRunner? runner = null)
    {
        var resolver = TestResolvers.Resolver(dockerAuthConfigJson: config, runner: runner ?? new FakeHelperRunner().Answer("fake", "alice", Secret));
        int resolved = 0;
        foreach (string registry in Registries)
        {
            try
            {
                Assert.NotNull(resolver.Resolve(registry));
                resolved++;
            }
            catch (RegistryCredentialsException ex)
            {
                AssertNoSecret(ex.Message, checkSecret, config);
            }
            catch (RegistryCredentialsNotFoundException ex)
            {
                AssertNoSecret(ex.Message, checkSecret, config);
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException("Resolve(" + registry + ") threw " + ex.GetType().Name + " for " + Show(config) + ": " + ex);
            }

            try
            {
                foreach (string line in resolver.DescribeSearch(registry))
                {
                    AssertNoSecret(line, checkSecret, config);
                }
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException("DescribeSearch(" + registry + ") threw " + ex.GetType().Name + " for " + Show(config) + ": " + ex);
            }
        }

        try
        {
            DockerConfigDocument? document = DockerConfigDocument.Parse("test config", config);
            foreach (var entry in document?.Auths ?? Array.Empty<KeyValuePair<string, System.Text.Json.JsonElement>>())
            {
                try
                {
                    DockerAuthEntryDecoder.TryDecode("test config", entry.Key, entry.Value, out _);
                }
                catch (RegistryCredentialsException ex)
                {
                    AssertNoSecret(ex.Message, checkSecret, config);
                }
            }
        }
        catch (RegistryCredentialsException ex)
        {
            AssertNoSecret(ex.Message, checkSecret, config);
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException("DockerConfigDocument.Parse threw " + ex.GetType().Name + " for " + Show(config) + ": " + ex);
        }

        return resolved;
    }

    private static void AskHelper(CredentialHelperOutput output, bool secretMayBeEchoed)
    {
        var runner = new FakeHelperRunner().On("fake", _ => output);
        try
        {
            CredentialHelperClient.TryGet(runner, "fake", "credsStore in test config", CredentialRegistryKey.Parse("reg"), TimeSpan.FromSeconds(5), out _);
        }
        catch (RegistryCredentialsException ex)
        {
            if (!secretMayBeEchoed)
            {
                AssertNoSecret(ex.Message, check: true, output.StandardOutput);
                Assert.True(ex.Message.Length < 400, "message of " + ex.Message.Length + " characters");
            }
            else
            {
                // A failing helper's own message is echoed to help debugging, capped.
                Assert.True(ex.Message.Length < 500, "message of " + ex.Message.Length + " characters");
            }
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException("the helper reader threw " + ex.GetType().Name + " for " + Show(output.StandardOutput) + ": " + ex);
        }
    }

    private static void AssertNoSecret(string message, bool check, string input)
    {
        if (check)
        {
            Assert.False(message.Contains("s3cr3t", StringComparison.Ordinal), "secret in \"" + message + "\" for " + Show(input));
        }
    }

    /// <summary>A config of random shape whose secrets sit only in value positions.</summary>
    private static string GeneratedConfig(Random random)
    {
        var parts = new List<string>();
        if (random.Next(4) != 0)
        {
            parts.Add(Key(random, "auths") + ":" + Pick(random,
                () => "{" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Quote(ConfigKey(random)) + ":" + AuthEntry(random))) + "}",
                () => "null", () => "[]", () => "\"" + Secret + "\"", () => "7"));
        }

        if (random.Next(3) == 0)
        {
            parts.Add(Key(random, "credHelpers") + ":" + Pick(random,
                () => "{" + string.Join(",", Enumerable.Range(0, random.Next(0, 3)).Select(_ => Quote(ConfigKey(random)) + ":" + HelperName(random))) + "}",
                () => "null", () => "[\"fake\"]", () => "\"fake\""));
        }

        if (random.Next(3) == 0)
        {
            parts.Add(Key(random, "credsStore") + ":" + HelperName(random));
        }

        if (random.Next(4) == 0)
        {
            parts.Add("\"other\":" + Pick(random, () => "{\"a\":[1,2,{\"b\":null}]}", () => new string('[', 70) + new string(']', 70), () => "\"\\uD800\""));
        }

        return Pick(random, () => "{" + string.Join(",", parts) + "}", () => "{" + string.Join(",", parts) + "}", () => "[" + string.Join(",", parts) + "]", () => string.Empty, () => "  ");
    }

    private static string AuthEntry(Random random) => Pick(random,
        () => "{\"auth\":\"" + Base64("alice:" + Secret) + "\"}",
        () => "{\"auth\":\"" + Base64(Secret) + "\"}",
        () => "{\"auth\":\"" + Secret + "\"}",
        () => "{\"auth\":\"" + Base64(":" + Secret) + "\"}",
        () => "{\"auth\":\" " + Base64("alice:" + Secret) + " \"}",
        () => "{\"username\":\"alice\",\"password\":\"" + Secret + "\"}",
        () => "{\"password\":\"" + Secret + "\"}",
        () => "{\"username\":\"alice\"}",
        () => "{\"identitytoken\":\"" + Secret + "\"}",
        () => "{\"auth\":5,\"password\":\"" + Secret + "\"}",
        () => "{\"password\":[\"" + Secret + "\"]}",
        () => "{\"password\":{\"x\":\"" + Secret + "\"}}",
        () => "{\"username\":\"alice\",\"password\":\"\\uD800" + Secret + "\"}",
        () => "{\"identitytoken\":\"" + Secret + "\\uDC00\"}",
        () => "{\"registrytoken\":\"" + Secret + "\",\"email\":\"a@b\"}",
        () => "{}", () => "null", () => "[]", () => "1", () => "\"" + Secret + "\"");

    private static string HelperName(Random random) => Pick(random,
        () => "\"fake\"", () => "\"missing\"", () => "\"\"", () => "\" fake \"", () => "\"a/b\"", () => "\"..\\\\x\"",
        () => "1", () => "null", () => "\"\\uD800\"", () => "\"fa\\u0000ke\"");

    private static string ConfigKey(Random random) =>
        random.Next(3) == 0
            ? Pick(random, () => "https://index.docker.io/v1/", () => "http://REG/v2/", () => "reg\\u0000", () => "reg\\uD800", () => string.Empty, () => "\uFF52eg")
            : Registries[random.Next(Registries.Length)];

    /// <summary>The property name, sometimes in another case: Docker (and the reader) match names case-insensitively.</summary>
    private static string Key(Random random, string name) => Quote(random.Next(4) == 0 ? name.ToUpperInvariant() : name);

    private static string Quote(string text) => "\"" + text + "\"";

    private static ICredentialHelperRunner HelperRunner(Random random)
    {
        var runner = new FakeHelperRunner();
        int answer = random.Next(6);
        return runner.On("fake", _ => answer switch
        {
            0 => new CredentialHelperOutput(0, HelperSeeds[0], string.Empty),
            1 => new CredentialHelperOutput(0, "{\"Username\":\"\",\"Secret\":\"" + Secret + "\"}", string.Empty),
            2 => new CredentialHelperOutput(0, "{\"Username\":\"alice\",\"Secret\":\"\"}", string.Empty),
            3 => new CredentialHelperOutput(0, "not json " + Secret, string.Empty),
            4 => new CredentialHelperOutput(1, "credentials not found in native keychain", string.Empty),
            _ => new CredentialHelperOutput(0, "{\"Username\":5,\"Secret\":\"" + Secret + "\"}", string.Empty),
        });
    }

    private static string Pick(Random random, params Func<string>[] choices) => choices[random.Next(choices.Length)]();

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
