// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// The real type lives in the Tea package; here it shares the stand-in assembly. Analyzers bind by metadata name.

using System;

namespace Tea;

/// <summary>
/// Constraints that <see cref="TeaModelExtensions.Validate"/> checks. Every request property of the ECI SDK from 1.0.3
/// on carries <c>Required = false</c>, even where the API documents the value as required.
/// </summary>
public class ValidationAttribute : Attribute
{
    /// <summary>Whether the property must not be null.</summary>
    public bool Required { get; set; }

    /// <summary>A regular expression a string value (or each string in a list) must match; empty for none.</summary>
    public string Pattern { get; set; }

    /// <summary>Largest allowed string length or list count; 0 for no limit.</summary>
    public int MaxLength { get; set; }

    /// <summary>Smallest allowed string length or list count; 0 for no limit.</summary>
    public int MinLength { get; set; }
}
