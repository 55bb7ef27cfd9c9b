using System.IO;
using System.Text;
using Eci.ImagePull;

namespace Eci.ImagePull.Tests.Credentials;

/// <summary>A temporary directory deleted at the end of a test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eci-creds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string fileName, string content)
    {
        string path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed helper may still be releasing the directory; the OS temp cleaner gets it.
        }
    }
}

/// <summary>Builds resolvers over a fake environment, so tests never see the machine's own variables or config.</summary>
internal static class TestResolvers
{
    /// <summary>A secret that every test uses, so "no secret in messages" can be asserted everywhere.</summary>
    public const string Secret = "s3cr3t-Pa55w0rd";

    public static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    public static RegistryCredentialOptions Options(
        IDictionary<string, string>? environment = null,
        string? dockerConfigPath = null,
        string? dockerAuthConfigJson = null,
        ICredentialHelperRunner? runner = null)
    {
        var env = environment ?? new Dictionary<string, string>();
        var options = new RegistryCredentialOptions(name => env.TryGetValue(name, out string? value) ? value : null)
        {
            DockerConfigPath = dockerConfigPath,
            DockerAuthConfigJson = dockerAuthConfigJson,
        };
        if (runner != null)
        {
            options.HelperRunner = runner;
        }

        return options;
    }

    public static RegistryCredentialResolver Resolver(
        IDictionary<string, string>? environment = null,
        string? dockerConfigPath = null,
        string? dockerAuthConfigJson = null,
        ICredentialHelperRunner? runner = null) =>
        new RegistryCredentialResolver(Options(environment, dockerConfigPath, dockerAuthConfigJson, runner));

    /// <summary>A resolver over one config.json written into <paramref name="directory"/>.</summary>
    public static RegistryCredentialResolver ForConfig(TempDirectory directory, string configJson, ICredentialHelperRunner? runner = null) =>
        Resolver(dockerConfigPath: directory.Write("config.json", configJson), runner: runner ?? new FakeHelperRunner());
}

/// <summary>An in-memory credential helper runner: canned answers per helper name, every call recorded.</summary>
internal sealed class FakeHelperRunner : ICredentialHelperRunner
{
    private readonly Dictionary<string, Func<string, CredentialHelperOutput>> _helpers = new Dictionary<string, Func<string, CredentialHelperOutput>>();

    public List<string> Calls { get; } = new List<string>();

    public FakeHelperRunner Answer(string helperName, string userName, string secret) =>
        On(helperName, _ => new CredentialHelperOutput(0, "{\"ServerURL\":\"\",\"Username\":\"" + userName + "\",\"Secret\":\"" + secret + "\"}", string.Empty));

    public FakeHelperRunner NotFound(string helperName) =>
        On(helperName, _ => new CredentialHelperOutput(1, "credentials not found in native keychain\n", string.Empty));

    public FakeHelperRunner On(string helperName, Func<string, CredentialHelperOutput> answer)
    {
        _helpers[helperName] = answer;
        return this;
    }

    public CredentialHelperOutput Run(string helperName, string verb, string standardInput, TimeSpan timeout)
    {
        Calls.Add(helperName + " " + verb + " " + standardInput);
        if (!_helpers.TryGetValue(helperName, out Func<string, CredentialHelperOutput>? answer))
        {
            throw new RegistryCredentialsException("the program docker-credential-" + helperName + " was not found (fake runner).");
        }

        return answer(standardInput);
    }
}
