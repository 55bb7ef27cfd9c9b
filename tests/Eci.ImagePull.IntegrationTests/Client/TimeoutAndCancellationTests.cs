using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Client;

/// <summary>A server that accepts connections and never answers: calls end by timeout or cancellation, not hang.</summary>
public sealed class TimeoutAndCancellationTests : IDisposable
{
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _accepted = new();

    public TimeoutAndCancellationTests()
    {
        _silent.Start();
        _ = AcceptForeverAsync();
    }

    private string Address => "127.0.0.1:" + ((IPEndPoint)_silent.LocalEndpoint).Port;

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _silent.AcceptSocketAsync();
                lock (_accepted)
                {
                    _accepted.Add(socket);
                }
            }
        }
        catch (Exception)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        _silent.Stop();
        lock (_accepted)
        {
            _accepted.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Silent_registry_times_out_with_a_Timeout_failure()
    {
        var options = new RegistryClientOptions
        {
            Transports = new RegistryTransportPolicy(Address, null),
            RequestTimeout = TimeSpan.FromMilliseconds(500),
        };
        using var client = new RegistryClient(options);
        var error = await Assert.ThrowsAsync<RegistryConnectionException>(() => client.ResolveAsync(TestImageNames.On(Address, "demo/app:latest")));
        Assert.Equal(RegistryFailure.Timeout, error.Failure);
    }

    [Fact]
    public async Task Caller_cancellation_is_an_OperationCanceledException_not_a_timeout()
    {
        var options = new RegistryClientOptions { Transports = new RegistryTransportPolicy(Address, null) };
        using var client = new RegistryClient(options);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PingAsync(RegistryAddress.Parse(Address), cancel.Token));
    }
}
