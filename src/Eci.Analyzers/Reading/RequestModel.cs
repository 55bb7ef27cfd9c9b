using Eci.Analyzers.Sdk;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>One request as the analyzer read it: the engine's input plus where its settings are written (for fixes).</summary>
internal sealed class RequestModel
{
    public RequestModel(RequestShape shape, IObjectCreationOperation creation, PullSettings settings)
    {
        Shape = shape;
        Creation = creation;
        Settings = settings;
    }

    public RequestShape Shape { get; }

    public IObjectCreationOperation Creation { get; }

    public PullSettings Settings { get; }

    /// <summary>The literal or constant expression that supplied PlainHttpRegistry, when known.</summary>
    public IOperation? PlainHttpValue { get; set; }

    public IOperation? InsecureValue { get; set; }

    /// <summary>The list expression assigned to ImageRegistryCredential, when there was exactly one.</summary>
    public IOperation? CredentialListValue { get; set; }

    /// <summary>The expression that supplied AutoCreateEip, when written.</summary>
    public IOperation? AutoCreateEipValue { get; set; }

    /// <summary>The local that holds the request, when there is one (ECI012's fix checks it by name).</summary>
    public ILocalSymbol? Local { get; set; }

    /// <summary>Where the request is sent in this body: the client's call or the application method that forwards it.</summary>
    public IInvocationOperation? SendCall { get; set; }

    /// <summary>The body already runs PullPreflight on the request.</summary>
    public bool IsPreflighted { get; set; }

    /// <summary>
    /// Constructors of a class deriving from the request type or writer methods (<c>request.AddContainer(...)</c>) write
    /// into it too: its findings are reported without fixes (see DetachedFindings), whose edits would miss those writes.
    /// </summary>
    public bool IsWrittenElsewhere { get; set; }

    /// <summary>True when the credential list was never written (the fix adds the property).</summary>
    public bool CredentialListAbsent { get; set; }
}
