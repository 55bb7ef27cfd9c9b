using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Eci.ImagePull;

/// <summary>
/// Speaks the <c>get</c> verb of the Docker credential helper protocol: the server address goes to stdin, the
/// answer is <c>{"Username": "...", "Secret": "..."}</c> on stdout. A non-zero exit whose message says
/// "credentials not found" means the helper has nothing for this registry; any other non-zero exit is an error.
/// </summary>
internal static class CredentialHelperClient
{
    private const int MaxEchoedMessage = 300;

    /// <summary>Asks a helper for the registry's credential.</summary>
    /// <param name="runner">Runs the helper program.</param>
    /// <param name="helperName">The helper suffix from the config.</param>
    /// <param name="configuredBy">Where the helper was configured, e.g. <c>credsStore in Docker config /x</c>.</param>
    /// <param name="registry">The registry.</param>
    /// <param name="timeout">How long the helper may take.</param>
    /// <param name="credential">The credential when found.</param>
    /// <returns><see langword="false"/> when the helper has no credential for the registry.</returns>
    internal static bool TryGet(
        ICredentialHelperRunner runner,
        string helperName,
        string configuredBy,
        CredentialRegistryKey registry,
        TimeSpan timeout,
        [NotNullWhen(true)] out RegistryCredential? credential)
    {
        credential = null;
        string source = Describe(helperName, configuredBy);
        ValidateHelperName(helperName, configuredBy);

        CredentialHelperOutput output;
        try
        {
            output = runner.Run(helperName, "get", registry.HelperServerAddress, timeout);
        }
        catch (RegistryCredentialsException ex)
        {
            throw new RegistryCredentialsException(source + ": " + ex.Message, ex);
        }

        if (output.ExitCode != 0)
        {
            // Helpers write their errors to stdout; stderr is a fallback for helpers that do not.
            // Error text carries no credential, so echoing a capped copy is safe and saves a debugging round.
            string message = output.StandardOutput.Trim();
            if (message.Length == 0)
            {
                message = output.StandardError.Trim();
            }

            if (message.IndexOf("credentials not found", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return false;
            }

            throw new RegistryCredentialsException(
                source + " failed with exit code " + output.ExitCode + (message.Length == 0 ? " and no message." : ": " + Cap(message)));
        }

        return TryParseAnswer(output.StandardOutput, source, out credential);
    }

    /// <summary>How a helper appears in sources and messages.</summary>
    internal static string Describe(string helperName, string configuredBy) =>
        "credential helper " + ProcessCredentialHelperRunner.ProgramPrefix + helperName + " (" + configuredBy + ")";

    private static bool TryParseAnswer(string json, string source, [NotNullWhen(true)] out RegistryCredential? credential)
    {
        credential = null;

        // A successful answer contains the secret, so no part of it may appear in a message.
        string notExpected = source + " answered with output that is not the expected JSON {\"Username\": ..., \"Secret\": ...}"
            + " (the output is not shown because it may contain a secret).";
        string? userName;
        string? secret;
        try
        {
            using (JsonDocument document = JsonDocument.Parse(json))
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new RegistryCredentialsException(notExpected);
                }

                userName = StringField(root, "Username", notExpected);
                secret = StringField(root, "Secret", notExpected);
            }
        }
        catch (Exception ex) when (ex is JsonException || ex is ArgumentException || ex is InvalidOperationException)
        {
            // Besides malformed JSON (JsonException), System.Text.Json refuses text with an unpaired UTF-16 surrogate
            // (ArgumentException) and a \u escape of one when the string is read (InvalidOperationException).
            throw new RegistryCredentialsException(notExpected);
        }

        if (string.IsNullOrEmpty(userName) && string.IsNullOrEmpty(secret))
        {
            return false;
        }

        if (string.IsNullOrEmpty(userName))
        {
            throw new RegistryCredentialsException(source + " answered with a Secret but no Username.");
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw new RegistryCredentialsException(source + " answered with a Username but an empty Secret.");
        }

        credential = new RegistryCredential(userName!, secret!, source);
        return true;
    }

    private static string? StringField(JsonElement root, string name, string notExpected)
    {
        if (!DockerJson.TryGetProperty(root, name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new RegistryCredentialsException(notExpected);
        }

        return value.GetString();
    }

    private static void ValidateHelperName(string helperName, string configuredBy)
    {
        // The name becomes part of a program file name; separators would let a config point outside the search path.
        bool valid = helperName.Length > 0
            && helperName.IndexOf('/') < 0
            && helperName.IndexOf('\\') < 0
            && helperName.Trim().Length == helperName.Length;
        if (!valid)
        {
            throw new RegistryCredentialsException(
                "The credential helper name '" + helperName + "' (" + configuredBy + ") is not valid: expected the <name> of docker-credential-<name>, such as \"pass\".");
        }
    }

    private static string Cap(string message) =>
        message.Length <= MaxEchoedMessage ? message : message.Substring(0, MaxEchoedMessage) + "...";
}
