namespace Eci.ImagePull.Rules;

/// <summary>One <c>ImageRegistryCredential</c> element: only its <c>Server</c> matters for pulling.</summary>
public sealed class CredentialInput
{
    private RegistryList? _serverAsList;

    /// <summary>Creates a credential input.</summary>
    /// <param name="server">The server text, or null when not visible.</param>
    /// <param name="source">The caller's token for the <c>Server</c> expression.</param>
    public CredentialInput(string? server, object? source = null)
    {
        Server = server;
        Source = source;
        Address = server is not null && RegistryAddress.TryParse(server, out var address) ? address : null;
    }

    /// <summary>A known server whose parses were made already (<see cref="ParseMemo.Server"/>: the same text, the same results).</summary>
    internal CredentialInput(ServerParse parse, object? source)
    {
        Server = parse.Text;
        Source = source;
        Address = parse.Address;
        _serverAsList = parse.List;
    }

    /// <summary>
    /// Where a password written as a compile-time constant comes from (the caller's token), or null when the password is
    /// read at run time or not set. Only the analyzer can know this; the runtime check leaves it null.
    /// </summary>
    public object? ConstantPasswordSource { get; set; }

    /// <summary>The server text, or null when unknown.</summary>
    public string? Server { get; }

    /// <summary>The caller's token for the server expression.</summary>
    public object? Source { get; }

    /// <summary>
    /// The server read as a registry list: its entries' problems and normalized forms. Parsed once, on first use, and
    /// shared by every rule that looks at the server (malformed-address, credential-coverage, password rules).
    /// </summary>
    internal RegistryList ServerAsList => _serverAsList ??= RegistryList.Parse(Server);

    /// <summary>The one registry the server names once scheme, path and whitespace are stripped, or null.</summary>
    internal RegistryAddress? NormalizedAddress => ServerAsList.Entries.Count == 1 ? ServerAsList.Entries[0].NormalizedAddress : null;

    /// <summary>The server as an address ECI would match, or null when the text is not a plain <c>host[:port]</c>.</summary>
    public RegistryAddress? Address { get; }
}
