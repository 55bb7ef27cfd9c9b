using System.IO;
using System.Net;
using System.Threading.Tasks;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>
/// Stands in for object storage behind a registry's redirect middleware: serves files below a registry's
/// storage root on <c>localhost</c> (a different host than the registry's 127.0.0.1, so clients must treat it
/// as another origin) and records every Authorization header it is sent.
/// </summary>
internal sealed class BlobFileServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;
    private string _root = string.Empty;

    private BlobFileServer(HttpListener listener, int port)
    {
        _listener = listener;
        BaseUrl = $"http://localhost:{port}/";
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The base URL to configure as the redirect middleware's <c>baseurl</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Authorization header values received (must stay empty).</summary>
    public List<string> AuthorizationHeaders { get; } = new();

    /// <summary>Paths served.</summary>
    public List<string> Served { get; } = new();

    /// <summary>Sets the directory the URL paths are resolved against (the registry's storage root).</summary>
    public void ServeFrom(string root) => _root = root;

    /// <summary>Starts on a free port.</summary>
    public static BlobFileServer Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort.Next();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://localhost:{port}/");
            try
            {
                listener.Start();
                return new BlobFileServer(listener, port);
            }
            catch (HttpListenerException) when (attempt < 3)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception)
            {
                return;
            }

            try
            {
                var authorization = context.Request.Headers["Authorization"];
                lock (AuthorizationHeaders)
                {
                    if (authorization is not null)
                    {
                        AuthorizationHeaders.Add(authorization);
                    }

                    Served.Add(context.Request.Url!.AbsolutePath);
                }

                var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
                var path = Path.GetFullPath(Path.Combine(_root, relative));
                if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
                {
                    context.Response.StatusCode = 404;
                }
                else
                {
                    var bytes = await File.ReadAllBytesAsync(path);
                    context.Response.ContentType = "application/octet-stream";
                    context.Response.ContentLength64 = bytes.Length;
                    await context.Response.OutputStream.WriteAsync(bytes);
                }
            }
            catch (Exception)
            {
                context.Response.StatusCode = 500;
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    /// <summary>Stops the listener.</summary>
    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Ends with the listener.
        }
    }
}
