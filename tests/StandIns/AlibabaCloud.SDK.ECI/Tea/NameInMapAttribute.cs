// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// The real type lives in the Tea package; here it shares the stand-in assembly. Analyzers bind by metadata name.

using System;

namespace Tea;

/// <summary>
/// The key a model property has in the request/response map. In SDK 1.0.3 and later it always equals the property
/// name for request models; response wrappers use lower-case keys (<c>headers</c>, <c>statusCode</c>, <c>body</c>).
/// </summary>
public class NameInMapAttribute : Attribute
{
    /// <summary>Creates the attribute with the map key.</summary>
    /// <param name="name">The key the property has in the map.</param>
    public NameInMapAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The key the property has in the map.</summary>
    public string Name { get; set; }
}
