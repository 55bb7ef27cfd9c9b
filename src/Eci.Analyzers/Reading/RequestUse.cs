namespace Eci.Analyzers.Reading;

/// <summary>What one use of a request does to it, as far as the rules are concerned.</summary>
internal enum RequestUse
{
    /// <summary>Looked at without being changed or kept: logged, formatted, serialized, compared, a property read.</summary>
    Read,

    /// <summary>Handed to the ECI client's send method, directly or through the application's own methods.</summary>
    Sent,

    /// <summary>Stored, returned, changed or handed to code that cannot be followed: anything may happen to it.</summary>
    Escapes,
}

internal static class RequestUses
{
    /// <summary>Several uses together: one escape spoils all, a send outweighs reads.</summary>
    public static RequestUse Join(RequestUse left, RequestUse right) =>
        left == RequestUse.Escapes || right == RequestUse.Escapes ? RequestUse.Escapes
        : left == RequestUse.Sent || right == RequestUse.Sent ? RequestUse.Sent
        : RequestUse.Read;
}
