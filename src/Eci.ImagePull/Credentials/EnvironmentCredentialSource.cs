using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Eci.ImagePull;

/// <summary>
/// Reads <c>ECI_REGISTRY_&lt;KEY&gt;_USERNAME</c> and <c>ECI_REGISTRY_&lt;KEY&gt;_PASSWORD</c>
/// (see <see cref="CredentialRegistryKey.EnvironmentVariableKey"/>). Empty values count as unset.
/// </summary>
internal sealed class EnvironmentCredentialSource : ICredentialSource
{
    private const string Prefix = "ECI_REGISTRY_";

    private readonly Func<string, string?> _getEnvironmentVariable;

    internal EnvironmentCredentialSource(Func<string, string?> getEnvironmentVariable)
    {
        _getEnvironmentVariable = getEnvironmentVariable;
    }

    /// <summary>Said instead of variable names for an address that no variable may name.</summary>
    internal const string NoVariables = "no environment variables (an address outside the image grammar has none)";

    internal static string UserNameVariable(string key) => Prefix + key + "_USERNAME";

    internal static string PasswordVariable(string key) => Prefix + key + "_PASSWORD";

    public bool TryGet(CredentialRegistryKey registry, [NotNullWhen(true)] out RegistryCredential? credential)
    {
        credential = null;
        if (registry.EnvironmentVariableKey is not { } key)
        {
            // Reading some lossy stand-in name here is what once handed one registry's password to another.
            return false;
        }

        string userNameVariable = UserNameVariable(key);
        string passwordVariable = PasswordVariable(key);
        string? userName = _getEnvironmentVariable(userNameVariable);
        string? password = _getEnvironmentVariable(passwordVariable);
        bool hasUserName = !string.IsNullOrEmpty(userName);
        bool hasPassword = !string.IsNullOrEmpty(password);

        if (!hasUserName && !hasPassword)
        {
            return false;
        }

        // Half a credential is almost always a typo in a deployment; failing loudly beats silently
        // falling through to some other source and pulling with the wrong account.
        if (!hasPassword)
        {
            throw new RegistryCredentialsException(
                "Environment variable " + userNameVariable + " is set but " + passwordVariable +
                " is not; set both or neither for registry '" + registry.Original + "'.");
        }

        if (!hasUserName)
        {
            throw new RegistryCredentialsException(
                "Environment variable " + passwordVariable + " is set but " + userNameVariable +
                " is not; set both or neither for registry '" + registry.Original + "'.");
        }

        credential = new RegistryCredential(userName!, password!, Describe(userNameVariable, passwordVariable));
        return true;
    }

    public IEnumerable<string> Describe(CredentialRegistryKey registry)
    {
        yield return registry.EnvironmentVariableKey is { } key
            ? Describe(UserNameVariable(key), PasswordVariable(key))
            : NoVariables;
    }

    private static string Describe(string userNameVariable, string passwordVariable) =>
        "environment variables " + userNameVariable + " and " + passwordVariable;
}
