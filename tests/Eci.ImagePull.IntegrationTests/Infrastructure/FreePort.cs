using System.Net;
using System.Net.Sockets;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>Finds a TCP port on 127.0.0.1 that nothing listens on right now.</summary>
internal static class FreePort
{
    /// <summary>Binds port 0, reads the port the system chose and releases it.</summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
