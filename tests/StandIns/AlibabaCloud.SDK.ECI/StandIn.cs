// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.

using System;

namespace AlibabaCloud.SDK.Eci20180808;

/// <summary>The one failure every stand-in API call reports.</summary>
internal static class StandIn
{
    internal const string NotCallableMessage =
        "AlibabaCloud.SDK.ECI stand-in: this assembly only exists so code compiles; reference the real AlibabaCloud.SDK.ECI package to call ECI.";

    // InvalidOperationException, not NotImplementedException: nothing is missing here, calling ECI is simply not this assembly's job.
    internal static InvalidOperationException NotCallable() => new InvalidOperationException(NotCallableMessage);
}
