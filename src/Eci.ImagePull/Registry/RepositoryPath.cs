using System;

namespace Eci.ImagePull.Registry;

/// <summary>
/// Checks repository paths and references before they become URL segments, so a bad value is reported by
/// name instead of becoming a surprising request.
/// </summary>
internal static class RepositoryPath
{
    public static void Require(string repository, string reference)
    {
        if (repository is null)
        {
            throw new ArgumentNullException(nameof(repository));
        }

        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        if (repository.Length == 0 || repository.Length > 255 || !IsRepository(repository))
        {
            throw new ArgumentException(
                $"'{repository}' is not a repository path: lower-case letters, digits and the separators . _ - between them, components joined by '/'.",
                nameof(repository));
        }

        if (!ContentDigest.TryParse(reference, out _) && !IsTag(reference))
        {
            throw new ArgumentException(
                $"'{reference}' is neither a tag (up to 128 of A-Z a-z 0-9 _ . -, not starting with . or -) nor a sha256, sha384 or sha512 digest.",
                nameof(reference));
        }
    }

    private static bool IsRepository(string repository)
    {
        foreach (var component in repository.Split('/'))
        {
            if (component.Length == 0 || !IsAlphanumeric(component[0]) || !IsAlphanumeric(component[component.Length - 1]))
            {
                return false;
            }

            foreach (var c in component)
            {
                if (!IsAlphanumeric(c) && c != '.' && c != '_' && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsTag(string tag)
    {
        if (tag.Length == 0 || tag.Length > 128 || tag[0] == '.' || tag[0] == '-')
        {
            return false;
        }

        foreach (var c in tag)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c is >= '0' and <= '9' || c == '_' || c == '.' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(char c) => c is >= 'a' and <= 'z' || c is >= '0' and <= '9';
}
