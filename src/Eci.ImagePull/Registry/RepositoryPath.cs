using System;

namespace Eci.ImagePull.Registry;

/// <summary>
/// Checks repository paths and references before they become URL segments, so a bad value is reported by
/// name instead of becoming a surprising request. The rules are the image grammar's (<see cref="ImageReferenceGrammar"/>,
/// <see cref="ContentDigest"/>): the client takes exactly the repositories, tags and digests an image may name.
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

        var problem = repository.Length > ImageReference.MaxRepositoryLength
            ? "it has " + repository.Length + " characters, more than " + ImageReference.MaxRepositoryLength
            : ImageReferenceGrammar.FindPathProblem(repository, allowUpper: false);
        if (problem is not null)
        {
            throw new ArgumentException(
                $"'{repository}' is not a repository path ({problem}): lower-case letters and digits joined by '.', '_', '__' or '-', components joined by '/'.",
                nameof(repository));
        }

        if (!ContentDigest.TryParse(reference, out _) && ImageReferenceGrammar.FindTagProblem(reference) is not null)
        {
            throw new ArgumentException(
                $"'{reference}' is neither a tag (up to 128 of A-Z a-z 0-9 _ . -, not starting with . or -) nor a sha256, sha384 or sha512 digest.",
                nameof(reference));
        }
    }
}
