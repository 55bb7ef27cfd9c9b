// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// The real type lives in the AlibabaCloud.OpenApiClient package; here it shares the stand-in assembly.
// Its transport members (CallApi, DoRPCRequest, ...) are not mirrored: nothing here may reach the network.

using System;

namespace AlibabaCloud.OpenApiClient;

/// <summary>Base class of the generated product clients, such as <c>AlibabaCloud.SDK.Eci20180808.Client</c>.</summary>
public class Client
{
    /// <summary>Creates the client from its settings.</summary>
    /// <param name="config">Credentials, region and endpoint settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
    public Client(Models.Config config)
    {
        // The real base refuses a missing config as well; nothing else is kept because no call can be made.
        if (config == null)
        {
            throw new ArgumentNullException(nameof(config), "An AlibabaCloud.OpenApiClient.Models.Config is required to create a client.");
        }
    }
}
