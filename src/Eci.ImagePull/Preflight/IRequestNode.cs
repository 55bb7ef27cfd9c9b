namespace Eci.ImagePull.Preflight;

/// <summary>One record of a request tree (the request, a container, a credential): an SDK object or a dictionary.</summary>
internal interface IRequestNode
{
    /// <summary>What the record is, for messages.</summary>
    string Description { get; }

    /// <summary>Reads a member by name.</summary>
    /// <returns>False when the record has no such member (an older SDK, a key that is not there).</returns>
    bool TryGet(string member, out object? value);

    /// <summary>The record an element of one of this record's lists is.</summary>
    /// <exception cref="System.ArgumentException">The element is not a record of the expected kind.</exception>
    IRequestNode Element(object element, string path, string expected);
}
