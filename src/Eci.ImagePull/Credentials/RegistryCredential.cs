using System;
using System.Diagnostics;

namespace Eci.ImagePull;

/// <summary>
/// A user name and password (or identity token) for one container registry, together with a description of
/// where it was found. <see cref="ToString"/> never includes the secret, so a credential can be logged safely.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class RegistryCredential
{
    /// <summary>
    /// The user name Docker credential helpers use to say "the secret is an identity token, not a password".
    /// </summary>
    internal const string IdentityTokenUserName = "<token>";

    /// <summary>
    /// Creates a credential. It is an identity token when <paramref name="userName"/> is <c>&lt;token&gt;</c>,
    /// the convention Docker credential helpers use.
    /// </summary>
    /// <param name="userName">The user name; not empty.</param>
    /// <param name="password">The password or token; may be empty but not <see langword="null"/>.</param>
    /// <param name="source">Where the credential was found, for messages and logs; not empty.</param>
    public RegistryCredential(string userName, string password, string source)
        : this(userName, password, source, string.Equals(userName, IdentityTokenUserName, StringComparison.Ordinal))
    {
    }

    /// <summary>Creates a credential and states explicitly whether the password is an identity token.</summary>
    /// <param name="userName">The user name; not empty.</param>
    /// <param name="password">The password or token; may be empty but not <see langword="null"/>.</param>
    /// <param name="source">Where the credential was found, for messages and logs; not empty.</param>
    /// <param name="isIdentityToken">
    /// <see langword="true"/> when <paramref name="password"/> is an OAuth2 refresh token (Docker's <c>identitytoken</c>).
    /// </param>
    public RegistryCredential(string userName, string password, string source, bool isIdentityToken)
    {
        if (userName is null)
        {
            throw new ArgumentNullException(nameof(userName));
        }

        if (userName.Length == 0)
        {
            throw new ArgumentException("A registry credential needs a user name.", nameof(userName));
        }

        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (source.Length == 0)
        {
            throw new ArgumentException("A registry credential needs a source description.", nameof(source));
        }

        UserName = userName;
        Password = password ?? throw new ArgumentNullException(nameof(password));
        Source = source;
        IsIdentityToken = isIdentityToken;
    }

    /// <summary>The user name (<c>&lt;token&gt;</c> for an identity token that came without a user name).</summary>
    public string UserName { get; }

    /// <summary>The password, or the refresh token when <see cref="IsIdentityToken"/> is set. Never shown by <see cref="ToString"/>.</summary>
    public string Password { get; }

    /// <summary>
    /// Where the credential was found, for example
    /// <c>Docker config /root/.docker/config.json (auths["reg:5000"])</c>.
    /// </summary>
    public string Source { get; }

    /// <summary>
    /// <see langword="true"/> when <see cref="Password"/> holds an identity token: an OAuth2 refresh token that a
    /// registry's token server exchanges for access tokens. Some registries do not accept it as a plain password.
    /// </summary>
    public bool IsIdentityToken { get; }

    /// <summary>Describes the credential without its secret, e.g. <c>RegistryCredential(user=alice, source=...)</c>.</summary>
    /// <returns>The user name, whether it is an identity token, and the source.</returns>
    public override string ToString()
    {
        string kind = IsIdentityToken ? ", identity token" : string.Empty;
        return "RegistryCredential(user=" + UserName + kind + ", source=" + Source + ")";
    }
}
