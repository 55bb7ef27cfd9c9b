using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>One request the hostile server received: method, path (with query) and headers.</summary>
internal sealed record HostileRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A deliberately misbehaving HTTP/1.1 server on 127.0.0.1, written on a raw <see cref="TcpListener"/> so a test
/// can break the framing on purpose (lie about Content-Length, drip bytes, stream forever, close mid-body).
/// Every response closes its connection, so one test's mischief never leaks into the next request. Optionally
/// speaks TLS with a self-signed loopback certificate (the client must list it in InsecureRegistry).
/// </summary>
internal sealed class HostileServer : IDisposable
{
    private const int MaxRequestHead = 64 * 1024;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly X509Certificate2? _certificate;
    private readonly List<HostileRequest> _requests = new();
    private readonly List<TcpClient> _connections = new();

    private HostileServer(X509Certificate2? certificate)
    {
        _certificate = certificate;
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    /// <summary>Answers each request; the default answers 404. Exceptions from writing to a gone client are swallowed.</summary>
    public Func<HostileRequest, HostileResponse, Task> Handler { get; set; } = (_, response) => response.SendAsync(404, string.Empty);

    /// <summary>The TCP port.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>host:port as registry lists and image references write it.</summary>
    public string Address => "127.0.0.1:" + Port;

    /// <summary>The base URL with the 127.0.0.1 host name.</summary>
    public string BaseUrl => $"{(_certificate is null ? "http" : "https")}://127.0.0.1:{Port}/";

    /// <summary>Everything received so far (a copy).</summary>
    public IReadOnlyList<HostileRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>Starts a plain-HTTP server on a free loopback port.</summary>
    public static HostileServer Start() => new(null);

    /// <summary>Starts an HTTPS server with <paramref name="certificate"/> (which must carry its private key).</summary>
    public static HostileServer StartTls(X509Certificate2 certificate) => new(certificate);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            lock (_connections)
            {
                _connections.Add(client);
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                Stream stream = client.GetStream();
                if (_certificate is not null)
                {
                    var tls = new SslStream(stream);
                    await tls.AuthenticateAsServerAsync(_certificate);
                    stream = tls;
                }

                await using (stream)
                {
                    var request = await ReadRequestAsync(stream);
                    if (request is null)
                    {
                        return;
                    }

                    lock (_requests)
                    {
                        _requests.Add(request);
                    }

                    await Handler(request, new HostileResponse(stream, _stop.Token));
                    await stream.FlushAsync(_stop.Token);
                }
            }
            catch (Exception)
            {
                // The client hung up (that is often the point), or the server is stopping.
            }
        }
    }

    private async Task<HostileRequest?> ReadRequestAsync(Stream stream)
    {
        var head = new MemoryStream();
        var one = new byte[1];
        while (head.Length < MaxRequestHead)
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                return null;
            }

            head.WriteByte(one[0]);
            var bytes = head.GetBuffer();
            var n = (int)head.Length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n')
            {
                break;
            }
        }

        var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }
        }

        // Token POSTs carry a form; read and ignore it so the client is not blocked sending it.
        if (headers.TryGetValue("Content-Length", out var length) && int.TryParse(length, out var bodyLength) && bodyLength > 0)
        {
            var body = new byte[bodyLength];
            await stream.ReadExactlyAsync(body, _stop.Token);
        }

        return new HostileRequest(requestLine[0], requestLine[1], headers);
    }

    /// <summary>Stops listening and drops every open connection.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_connections)
        {
            _connections.ForEach(c => c.Dispose());
        }

        _stop.Dispose();
    }
}

/// <summary>Writes a response to a hostile server's connection, politely or not.</summary>
internal sealed class HostileResponse
{
    private readonly Stream _stream;

    public HostileResponse(Stream stream, CancellationToken stopping)
    {
        _stream = stream;
        Stopping = stopping;
    }

    /// <summary>Cancelled when the server stops.</summary>
    public CancellationToken Stopping { get; }

    /// <summary>Bytes of body written successfully so far (the client may hang up at any time).</summary>
    public long BodyBytesWritten { get; private set; }

    /// <summary>Writes the status line and headers (always with <c>Connection: close</c>).</summary>
    public Task HeadAsync(int status, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {Reason(status)}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("\r\n");
        return RawAsync(Encoding.UTF8.GetBytes(head.ToString()));
    }

    /// <summary>A complete, correct response with Content-Length.</summary>
    public async Task SendAsync(int status, byte[] body, params (string Name, string Value)[] headers)
    {
        await HeadAsync(status, headers.Append(("Content-Length", body.Length.ToString())).ToArray());
        await BodyAsync(body);
    }

    /// <summary>A complete, correct response with a UTF-8 text body.</summary>
    public Task SendAsync(int status, string body, params (string Name, string Value)[] headers) =>
        SendAsync(status, Encoding.UTF8.GetBytes(body), headers);

    /// <summary>A redirect with no body.</summary>
    public Task RedirectAsync(string location, int status = 307) => SendAsync(status, string.Empty, ("Location", location));

    /// <summary>Writes body bytes (counted in <see cref="BodyBytesWritten"/>).</summary>
    public async Task BodyAsync(byte[] bytes)
    {
        await RawAsync(bytes);
        BodyBytesWritten += bytes.Length;
    }

    /// <summary>Writes raw bytes: anything, including a broken status line.</summary>
    public async Task RawAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes, Stopping);
        await _stream.FlushAsync(Stopping);
    }

    /// <summary>Writes one byte at a time with <paramref name="delay"/> between them (a slow-drip server).</summary>
    public async Task DripAsync(byte[] bytes, TimeSpan delay)
    {
        foreach (var b in bytes)
        {
            await RawAsync(new[] { b });
            await Task.Delay(delay, Stopping);
        }
    }

    /// <summary>
    /// Writes <paramref name="chunk"/> again and again until the client hangs up or <paramref name="cap"/> bytes
    /// were sent; returns true when the client hung up first (it did not swallow everything).
    /// </summary>
    public async Task<bool> StreamUntilClientHangsUpAsync(byte[] chunk, long cap)
    {
        try
        {
            while (BodyBytesWritten < cap)
            {
                await BodyAsync(chunk);
            }

            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        307 => "Temporary Redirect",
        401 => "Unauthorized",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Status",
    };
}
