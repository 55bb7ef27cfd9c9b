using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>
/// A small Docker token server (distribution's token auth spec) on 127.0.0.1 for a real registry configured
/// with <c>auth.token</c>. It signs RS256 JWTs with a test key whose self-signed certificate is the registry's
/// <c>rootcertbundle</c>, and grants: any scope to a known user; pull on <c>public/...</c> repositories to
/// anonymous callers; nothing otherwise (the registry then answers 401, as real token servers behave).
/// GET with optional Basic credentials and the OAuth2 POST form (password and refresh_token grants) both work.
/// </summary>
internal sealed class TokenServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly RSA _key;
    private readonly X509Certificate2 _certificate;
    private readonly Task _loop;
    private int _requestCount;

    private TokenServer(HttpListener listener, RSA key, X509Certificate2 certificate, string directory, int port)
    {
        _listener = listener;
        _key = key;
        _certificate = certificate;
        Directory = directory;
        Realm = $"http://127.0.0.1:{port}/token";
        RootCertificatePath = Path.Combine(directory, "token-root.crt");
        File.WriteAllText(RootCertificatePath, certificate.ExportCertificatePem());
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The token endpoint URL the registry puts in its challenge.</summary>
    public string Realm { get; }

    /// <summary>The service name (JWT audience).</summary>
    public string Service => "eci-test-registry";

    /// <summary>The issuer the registry expects.</summary>
    public string Issuer => "eci-test-token-issuer";

    /// <summary>PEM with the certificate whose key signs the tokens.</summary>
    public string RootCertificatePath { get; }

    /// <summary>Temp directory holding the certificate.</summary>
    public string Directory { get; }

    /// <summary>Users and passwords accepted by GET (Basic) and the password grant.</summary>
    public Dictionary<string, string> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>Refresh (identity) tokens accepted by the refresh_token grant, mapped to their user.</summary>
    public Dictionary<string, string> RefreshTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>How many token requests were served (to observe the client's token cache).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>The grant types seen, in order (e.g. "get-anonymous", "get-basic", "refresh_token").</summary>
    public List<string> Grants { get; } = new();

    /// <summary>Starts a token server on a free loopback port.</summary>
    public static TokenServer Start()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("eci-token-").FullName;
        var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=eci-test-token-signer", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort.Next();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new TokenServer(listener, key, certificate, directory, port);
            }
            catch (HttpListenerException) when (attempt < 3)
            {
                listener.Close();
            }
        }
    }

    /// <summary>Issues a token directly (the test push helper uses it for push scopes).</summary>
    public string IssueToken(string subject, string repository, params string[] actions) =>
        Sign(subject, new[] { (repository, actions) });

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            try
            {
                Handle(context);
            }
            catch (Exception e)
            {
                context.Response.StatusCode = 500;
                var body = Encoding.UTF8.GetBytes(e.Message);
                context.Response.OutputStream.Write(body);
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    private void Handle(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requestCount);
        var request = context.Request;
        string? user;
        IEnumerable<string> scopes;
        if (request.HttpMethod == "POST")
        {
            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            var form = ParseQuery(reader.ReadToEnd());
            var grant = form.GetValueOrDefault("grant_type")?.FirstOrDefault();
            lock (Grants)
            {
                Grants.Add(grant ?? "post-without-grant");
            }

            user = grant switch
            {
                "password" => Authenticate(form.GetValueOrDefault("username")?.FirstOrDefault(), form.GetValueOrDefault("password")?.FirstOrDefault()),
                "refresh_token" => RefreshTokens.GetValueOrDefault(form.GetValueOrDefault("refresh_token")?.FirstOrDefault() ?? string.Empty),
                _ => null,
            };
            if (user is null)
            {
                Reject(context);
                return;
            }

            scopes = form.GetValueOrDefault("scope") ?? new List<string>();
        }
        else
        {
            var query = ParseQuery(request.Url!.Query.TrimStart('?'));
            scopes = query.GetValueOrDefault("scope") ?? new List<string>();
            var header = request.Headers["Authorization"];
            if (header is null)
            {
                user = null;
                lock (Grants)
                {
                    Grants.Add("get-anonymous");
                }
            }
            else
            {
                lock (Grants)
                {
                    Grants.Add("get-basic");
                }

                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring("Basic ".Length)));
                var colon = decoded.IndexOf(':');
                user = Authenticate(decoded.Substring(0, colon), decoded.Substring(colon + 1));
                if (user is null)
                {
                    Reject(context);
                    return;
                }
            }
        }

        var access = new List<(string Repository, string[] Actions)>();
        foreach (var scope in scopes.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            var parts = scope.Split(':');
            if (parts.Length != 3 || parts[0] != "repository")
            {
                continue;
            }

            var requested = parts[2].Split(',');
            var granted = user is not null ? requested
                : parts[1].StartsWith("public/", StringComparison.Ordinal) ? requested.Where(a => a == "pull").ToArray()
                : Array.Empty<string>();
            access.Add((parts[1], granted));
        }

        var token = Sign(user ?? string.Empty, access);
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["token"] = token,
            ["access_token"] = token,
            ["expires_in"] = 300,
            ["issued_at"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        });
        context.Response.ContentType = "application/json";
        context.Response.OutputStream.Write(json);
    }

    private string? Authenticate(string? user, string? password) =>
        user is not null && Users.TryGetValue(user, out var expected) && expected == password ? user : null;

    private static void Reject(HttpListenerContext context)
    {
        context.Response.StatusCode = 401;
        context.Response.ContentType = "application/json";
        context.Response.OutputStream.Write(Encoding.UTF8.GetBytes("{\"details\":\"incorrect username or password\"}"));
    }

    private string Sign(string subject, IEnumerable<(string Repository, string[] Actions)> access)
    {
        var header = new Dictionary<string, object>
        {
            ["typ"] = "JWT",
            ["alg"] = "RS256",
            // The registry verifies this chain against its rootcertbundle, then the signature with the leaf key.
            ["x5c"] = new[] { Convert.ToBase64String(_certificate.RawData) },
        };
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["sub"] = subject,
            ["aud"] = Service,
            ["exp"] = now + 300,
            ["nbf"] = now - 10,
            ["iat"] = now,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["access"] = access.Select(a => new Dictionary<string, object>
            {
                ["type"] = "repository",
                ["name"] = a.Repository,
                ["actions"] = a.Actions,
            }).ToArray(),
        };
        var signingInput = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] data) =>
        Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Dictionary<string, List<string>> ParseQuery(string text)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString((equals < 0 ? pair : pair.Substring(0, equals)).Replace('+', ' '));
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(equals + 1).Replace('+', ' '));
            if (!result.TryGetValue(name, out var list))
            {
                result[name] = list = new List<string>();
            }

            list.Add(value);
        }

        return result;
    }

    /// <summary>Stops listening and deletes the certificate directory.</summary>
    public void Dispose()
    {
        try
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (Exception)
        {
            // The loop ends with the listener; nothing else to stop.
        }
        finally
        {
            _key.Dispose();
            _certificate.Dispose();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // Leftover temp files must not fail a run.
            }
        }
    }
}
