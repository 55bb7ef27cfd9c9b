namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// A method of an application class deriving from a request type, called on the request's local
/// (<c>request.UseLabMirror();</c>), may write any member: the body walk must treat it as RequestFlow does, as an
/// escape, and stay silent about what the method may have set. The SDK models' own reading methods (ToString, ToMap,
/// Validate...) keep the request known.
/// </summary>
public class InstanceMethodEscapeTests
{
    private const string Requests = Sources.Usings + """
        public class LabRequest : CreateContainerGroupRequest
        {
            public void UseLabMirror()
            {
                PlainHttpRegistry = "harbor.lab.local";
            }
        }

        """;

    private const string LabConfig = "eci.plain_http_registries = harbor.lab.local\neci.anonymous_registries = harbor.lab.local";

    [Fact]
    public Task MethodOfADerivedRequestMayWriteAnyMember() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Requests, Sources.Usings + """
        public sealed class Jobs
        {
            public void Run(Client client)
            {
                var request = new LabRequest
                {
                    Container = new List<Container> { new Container { Image = "harbor.lab.local/lab/web:2" } },
                };
                request.UseLabMirror();
                client.CreateContainerGroup(request);
            }
        }

        """);

    [Fact]
    public Task ReadingMethodKeepsTheRequestKnown() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Requests, Sources.Usings + """
        public sealed class Jobs
        {
            public string Run(Client client)
            {
                var request = new LabRequest
                {
                    Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local/lab/web:2"|} } },
                };
                var text = request.ToString();
                client.CreateContainerGroup(request);
                return text;
            }
        }

        """);

    [Fact]
    public Task MethodOfADerivedRequestInAWrapperMayWriteAnyMember() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Requests, Sources.Usings + """
        public sealed class Gateway
        {
            private readonly Client _client;

            public Gateway(Client client) => _client = client;

            public void Send(LabRequest request)
            {
                request.UseLabMirror();
                _client.CreateContainerGroup(request);
            }
        }

        public sealed class Jobs
        {
            public void Run(Gateway gateway)
            {
                gateway.Send(new LabRequest
                {
                    Container = new List<Container> { new Container { Image = "harbor.lab.local/lab/web:2" } },
                });
            }
        }

        """);
}
