using System.Collections.Generic;
using System.Threading;
using Eci.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Requests a method of the application creates and returns, for the caller to complete and send:
/// <c>var request = Requests.ForLab("web"); request.Container = ...; client.CreateContainerGroup(request);</c>.
/// The caller's request is read as the factory's creation plus the caller's own writes.
/// </summary>
internal static class FactoryRequests
{
    /// <summary>
    /// The request creation <paramref name="call"/> returns: the one <c>return new ...</c> (or <c>=&gt; new ...</c>) of a
    /// method of this compilation that cannot be overridden. Null for anything else (several returns, a request built in
    /// a local, a virtual method), which leaves the caller's request unknown.
    /// </summary>
    public static IObjectCreationOperation? CreationReturnedBy(IInvocationOperation call, EciKnownTypes types, SourceBodies bodies, CancellationToken cancellationToken) =>
        ModelReturnedBy(call, types, bodies, requestsOnly: true, cancellationToken);

    /// <summary>
    /// As <see cref="CreationReturnedBy"/> for any SDK model: a helper that returns a container or credential element
    /// (<c>Container = [Web("nginx:1.27")]</c>).
    /// </summary>
    public static IObjectCreationOperation? ModelReturnedBy(IInvocationOperation call, EciKnownTypes types, SourceBodies bodies, bool requestsOnly, CancellationToken cancellationToken)
    {
        var method = call.TargetMethod;
        if (call.IsVirtual && (method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface))
        {
            return null;
        }

        if (bodies.BodyOf(method, cancellationToken) is not { } body)
        {
            return null;
        }

        IObjectCreationOperation? returned = null;
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            switch (operation)
            {
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    continue; // their returns are not the method's
                case IReturnOperation { ReturnedValue: { } value }:
                    if (returned is not null || ValueReader.Unwrap(value) is not IObjectCreationOperation creation
                        || (requestsOnly ? types.GetShape(creation.Type) is null : !types.IsTrackedModel(creation.Type)))
                    {
                        return null;
                    }

                    returned = creation;
                    continue;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }

        return returned;
    }
}
