// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// Only the public surface is mirrored (namespaces, type names, nesting, property names and types) so that code and
// analyzers bind exactly as they do against the real SDK. No behaviour of the real SDK is here. Never packed or shipped.

using System.Collections.Generic;

using Tea;

namespace AlibabaCloud.SDK.Eci20180808.Models;

/// <summary>Response of the <c>UpdateContainerGroup</c> operation: HTTP headers, status code and the parsed body.</summary>
public class UpdateContainerGroupResponse : TeaModel
{
    /// <summary>HTTP response headers.</summary>
    [NameInMap("headers")] [Validation(Required = true)]
    public Dictionary<string, string> Headers { get; set; }

    /// <summary>HTTP status code.</summary>
    [NameInMap("statusCode")] [Validation(Required = true)]
    public int? StatusCode { get; set; }

    /// <summary>The parsed response body.</summary>
    [NameInMap("body")] [Validation(Required = true)]
    public UpdateContainerGroupResponseBody Body { get; set; }
}
