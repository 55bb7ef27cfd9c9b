using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Eci.ImagePull;

/// <summary>
/// No source had a credential for a registry. The message names the registry and every place that was looked at,
/// in order, so the fix (set a variable, log in, register a provider) is obvious.
/// </summary>
public sealed class RegistryCredentialsNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="registry">The registry that was asked for.</param>
    /// <param name="searchedLocations">Every place that was looked at, in order.</param>
    public RegistryCredentialsNotFoundException(string registry, IReadOnlyList<string> searchedLocations)
        : base(BuildMessage(registry, searchedLocations))
    {
        Registry = registry;
        SearchedLocations = searchedLocations.ToArray();
    }

    /// <summary>The registry that was asked for.</summary>
    public string Registry { get; }

    /// <summary>Every place that was looked at, in order.</summary>
    public IReadOnlyList<string> SearchedLocations { get; }

    private static string BuildMessage(string registry, IReadOnlyList<string> searchedLocations)
    {
        if (registry is null)
        {
            throw new ArgumentNullException(nameof(registry));
        }

        if (searchedLocations is null)
        {
            throw new ArgumentNullException(nameof(searchedLocations));
        }

        var message = new StringBuilder();
        message.Append("No credentials found for registry '").Append(registry).Append("'. Looked in, in order:");
        for (int i = 0; i < searchedLocations.Count; i++)
        {
            message.AppendLine().Append("  ").Append(i + 1).Append(". ").Append(searchedLocations[i]);
        }

        return message.ToString();
    }
}
