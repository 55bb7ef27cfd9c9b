using System;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Eci.ImagePull;

/// <summary>
/// Turns one <c>auths</c> entry into a credential, following Docker's rules:
/// <list type="bullet">
/// <item><c>auth</c> is base64 of <c>user:password</c>, split at the first ':'; trailing NULs are trimmed from the
/// password; an empty user is invalid. When present it wins over <c>username</c>/<c>password</c>.</item>
/// <item>Otherwise <c>username</c> and <c>password</c> are used; one without the other is an error.</item>
/// <item><c>identitytoken</c>, when present, is the secret (<see cref="RegistryCredential.IsIdentityToken"/>); the user
/// name then comes from <c>auth</c>/<c>username</c> if given, else it is <c>&lt;token&gt;</c>.</item>
/// <item>An entry with none of these (<c>{}</c>, which <c>docker login</c> writes when a <c>credsStore</c> holds the
/// secret, or one with only <c>registrytoken</c>/<c>email</c>) has no credential and the search goes on.</item>
/// </list>
/// Error messages name the origin and the key, never a value.
/// </summary>
internal static class DockerAuthEntryDecoder
{
    internal static bool TryDecode(
        string origin,
        string key,
        JsonElement entry,
        [NotNullWhen(true)] out RegistryCredential? credential)
    {
        credential = null;
        string location = origin + ": auths[\"" + key + "\"]";
        string source = origin + " (auths[\"" + key + "\"])";

        if (entry.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new RegistryCredentialsException(location + " is not a JSON object.");
        }

        string? auth;
        string? userName;
        string? password;
        string? identityToken;
        try
        {
            auth = DockerJson.OptionalString(entry, "auth", location);
            userName = DockerJson.OptionalString(entry, "username", location);
            password = DockerJson.OptionalString(entry, "password", location);
            identityToken = DockerJson.OptionalString(entry, "identitytoken", location);
        }
        catch (InvalidOperationException)
        {
            throw new RegistryCredentialsException(location + ": " + DockerJson.UnpairedSurrogateEscape + ".");
        }

        if (auth != null)
        {
            DecodeAuth(auth, location, out userName, out password);
        }

        if (identityToken != null)
        {
            credential = new RegistryCredential(userName ?? RegistryCredential.IdentityTokenUserName, identityToken, source, isIdentityToken: true);
            return true;
        }

        if (userName is null && password is null)
        {
            return false;
        }

        if (userName is null)
        {
            throw new RegistryCredentialsException(location + " has a password but no username.");
        }

        if (password is null && auth is null)
        {
            throw new RegistryCredentialsException(location + " has a username but no password.");
        }

        credential = new RegistryCredential(userName, password ?? string.Empty, source);
        return true;
    }

    private static void DecodeAuth(string auth, string location, out string userName, out string? password)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(auth.Trim());
        }
        catch (FormatException)
        {
            throw new RegistryCredentialsException(location + ".auth is not valid base64.");
        }

        string decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes);
        int colon = decoded.IndexOf(':');
        if (colon < 0)
        {
            throw new RegistryCredentialsException(location + ".auth does not decode to \"user:password\" (no ':' found).");
        }

        if (colon == 0)
        {
            throw new RegistryCredentialsException(location + ".auth decodes to an empty user name.");
        }

        userName = decoded.Substring(0, colon);

        // Some tools pad the decoded text with NULs; Docker trims them too.
        password = decoded.Substring(colon + 1).TrimEnd('\0');
    }
}
