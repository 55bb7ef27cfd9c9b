using System;

namespace Eci.ImagePull.Registry;

/// <summary>
/// One repository on one registry, such as <c>registry.example.com:5000</c> + <c>team/app</c>: what blobs belong to
/// and what a pull token is scoped to. Made from a parsed <see cref="ImageReference"/> (<see cref="Of"/>) or checked
/// once when built from parts, so the registry client never takes a repository path it has not validated.
/// </summary>
public sealed class RegistryRepository
{
    /// <summary>Creates a repository from a registry and a path, checked with the image grammar's repository rule.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="path">The repository path, such as <c>library/nginx</c> (Docker Hub's official images included).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a repository path an image could name.</exception>
    public RegistryRepository(RegistryAddress registry, string path)
    {
        Registry = registry ?? throw new ArgumentNullException(nameof(registry));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        if (ImageReferenceGrammar.FindRepositoryProblem(path) is { } problem)
        {
            throw new ArgumentException($"'{path}' is not a repository path ({problem}); {ImageReferenceGrammar.RepositoryRule}.", nameof(path));
        }
    }

    // The parser checked the image's path with the same rule; it is not checked again.
    private RegistryRepository(RegistryAddress registry, ImageReference image)
    {
        Registry = registry;
        Path = image.Repository;
    }

    /// <summary>The registry.</summary>
    public RegistryAddress Registry { get; }

    /// <summary>The repository path, without registry, tag or digest.</summary>
    public string Path { get; }

    /// <summary>The repository an image reference names (its tag and digest are not part of it).</summary>
    /// <param name="image">The image.</param>
    /// <returns>The image's registry and repository path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
    /// <exception cref="FormatException">The registry part is not a <c>host[:port]</c> address a client can contact.</exception>
    public static RegistryRepository Of(ImageReference image) =>
        new(RegistryClient.AddressOf(image), image);

    /// <summary><c>registry/path</c>.</summary>
    /// <returns>The repository's full name.</returns>
    public override string ToString() => Registry + "/" + Path;
}
