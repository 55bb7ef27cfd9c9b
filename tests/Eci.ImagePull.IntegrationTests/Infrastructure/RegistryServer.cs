using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>
/// A real CNCF Distribution registry (<c>/usr/bin/docker-registry</c>) on 127.0.0.1 with a free port and its own
/// temporary storage, configured through a generated config.yml. Disposing stops the process and deletes
/// everything it wrote.
/// </summary>
internal sealed class RegistryServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly Process _process;
    private readonly StringBuilder _log;

    private RegistryServer(Process process, StringBuilder log, string directory, int port, TestCertificate? certificate)
    {
        _process = process;
        _log = log;
        Directory = directory;
        Port = port;
        Certificate = certificate;
    }

    /// <summary>The registry's host:port as it appears in image references, e.g. <c>127.0.0.1:41234</c>.</summary>
    public string Address => "127.0.0.1:" + Port;

    /// <summary>The TCP port.</summary>
    public int Port { get; }

    /// <summary><c>https</c> or <c>http</c>.</summary>
    public string Scheme => Certificate is null ? "http" : "https";

    /// <summary>The registry's base URI, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri => new($"{Scheme}://{Address}/");

    /// <summary>The self-signed certificate in TLS mode.</summary>
    public TestCertificate? Certificate { get; }

    /// <summary>The temp directory holding config, certificates and the registry's storage.</summary>
    public string Directory { get; }

    /// <summary>The filesystem driver's root directory.</summary>
    public string StorageDirectory => Path.Combine(Directory, "storage");

    /// <summary>What the registry printed so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The file where the registry stores a blob's bytes (used to corrupt blobs on purpose).</summary>
    public string BlobDataPath(string digest)
    {
        var hex = digest.Substring("sha256:".Length);
        return Path.Combine(StorageDirectory, "docker", "registry", "v2", "blobs", "sha256", hex.Substring(0, 2), hex, "data");
    }

    /// <summary>Starts a registry and waits until <c>/v2/</c> answers.</summary>
    public static async Task<RegistryServer> StartAsync(RegistryServerOptions options)
    {
        var binary = ExternalTools.RequireRegistry();
        Exception? last = null;
        // A free port can be taken between probing and binding; a second port almost always works.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var directory = System.IO.Directory.CreateTempSubdirectory("eci-registry-").FullName;
            var port = FreePort.Next();
            TestCertificate? certificate = options.Tls ? TestCertificate.CreateForLoopback(directory, "registry") : null;
            var configPath = Path.Combine(directory, "config.yml");
            File.WriteAllText(configPath, BuildConfig(options, directory, port, certificate));

            var log = new StringBuilder();
            var process = StartProcess(binary, configPath, log);
            var server = new RegistryServer(process, log, directory, port, certificate);
            try
            {
                await server.WaitUntilReadyAsync();
                return server;
            }
            catch (Exception e)
            {
                last = e;
                server.Dispose();
            }
        }

        throw new InvalidOperationException("The test registry did not start.", last);
    }

    private static Process StartProcess(string binary, string configPath, StringBuilder log)
    {
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add(configPath);
        var process = new Process { StartInfo = start };
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string BuildConfig(RegistryServerOptions options, string directory, int port, TestCertificate? certificate)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("version: 0.1");
        yaml.AppendLine("log:");
        yaml.AppendLine("  level: info");
        yaml.AppendLine("  accesslog:");
        yaml.AppendLine("    disabled: true");
        yaml.AppendLine("storage:");
        yaml.AppendLine("  filesystem:");
        yaml.AppendLine($"    rootdirectory: {Path.Combine(directory, "storage")}");
        yaml.AppendLine("  delete:");
        yaml.AppendLine("    enabled: true");
        yaml.AppendLine("  maintenance:");
        yaml.AppendLine("    uploadpurging:");
        yaml.AppendLine("      enabled: false");
        yaml.AppendLine("http:");
        yaml.AppendLine($"  addr: 127.0.0.1:{port}");
        yaml.AppendLine("  secret: eci-integration-tests");
        if (certificate is not null)
        {
            yaml.AppendLine("  tls:");
            yaml.AppendLine($"    certificate: {certificate.CertificatePath}");
            yaml.AppendLine($"    key: {certificate.KeyPath}");
        }

        if (options.RedirectBaseUrl is not null)
        {
            yaml.AppendLine("middleware:");
            yaml.AppendLine("  storage:");
            yaml.AppendLine("    - name: redirect");
            yaml.AppendLine("      options:");
            yaml.AppendLine($"        baseurl: {options.RedirectBaseUrl}");
        }

        if (options.BasicUsers.Count > 0)
        {
            var htpasswd = Path.Combine(directory, "htpasswd");
            File.WriteAllLines(htpasswd, options.BasicUsers.Select(user => ExternalTools.HtpasswdLine(user.Key, user.Value)));
            yaml.AppendLine("auth:");
            yaml.AppendLine("  htpasswd:");
            yaml.AppendLine("    realm: eci-test");
            yaml.AppendLine($"    path: {htpasswd}");
        }
        else if (options.TokenServer is { } tokens)
        {
            yaml.AppendLine("auth:");
            yaml.AppendLine("  token:");
            yaml.AppendLine($"    realm: {tokens.Realm}");
            yaml.AppendLine($"    service: {tokens.Service}");
            yaml.AppendLine($"    issuer: {tokens.Issuer}");
            yaml.AppendLine($"    rootcertbundle: {tokens.RootCertificatePath}");
        }

        return yaml.ToString();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var handler = new SocketsHttpHandler();
        // Readiness only: the tests themselves decide whether the certificate is trusted.
        handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"docker-registry exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUri, "v2/"));
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first answer on a busy machine.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"docker-registry did not answer /v2/ within {StartTimeout.TotalSeconds} s:\n{Log}");
    }

    /// <summary>Stops the registry and deletes its directory.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory must not fail a test run.
        }
    }
}
