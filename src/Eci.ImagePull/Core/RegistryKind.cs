namespace Eci.ImagePull;

/// <summary>What kind of registry an image comes from, which decides credentials and network needs on ECI.</summary>
public enum RegistryKind
{
    /// <summary>Docker Hub (<c>docker.io</c>, <c>index.docker.io</c>, <c>registry-1.docker.io</c>): Internet egress needed.</summary>
    DockerHub,

    /// <summary>ECI's own sample images: the <c>eci_open/</c> namespace on a classic ACR Personal endpoint.</summary>
    EciPublic,

    /// <summary>ACR Personal Edition: <c>registry[-vpc].&lt;region&gt;.aliyuncs.com</c> or <c>crpi-&lt;id&gt;[-vpc].&lt;region&gt;.personal.cr.aliyuncs.com</c>.</summary>
    AcrPersonal,

    /// <summary>ACR Enterprise Edition on its default domain: <c>&lt;name&gt;-registry[-vpc].&lt;region&gt;.cr.aliyuncs.com</c>.</summary>
    AcrEnterprise,

    /// <summary><c>localhost</c>, 127.0.0.0/8 or <c>::1</c>: inside the instance itself.</summary>
    Loopback,

    /// <summary>Anything else, including ACR Enterprise custom domains, which cannot be recognised by name.</summary>
    SelfManaged,

    /// <summary>An Internet registry that serves only public images: <c>mcr.microsoft.com</c>, <c>registry.k8s.io</c>, <c>public.ecr.aws</c>.</summary>
    PublicOnly,

    /// <summary>
    /// An Internet hosting service with public and private repositories: <c>ghcr.io</c>, <c>quay.io</c>, <c>gcr.io</c> and
    /// its regional hosts. Whether an image needs a credential cannot be told from its name.
    /// </summary>
    PublicAndPrivate,
}
