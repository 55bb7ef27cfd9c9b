namespace Eci.ImagePull.Registry;

/// <summary>One entry of a registry's error JSON (<c>{"errors":[{"code":..,"message":..}]}</c>).</summary>
public sealed class RegistryError
{
    /// <summary>Creates an error entry.</summary>
    /// <param name="code">The upper-case code, <c>UNKNOWN</c> when the registry sent none.</param>
    /// <param name="message">The registry's message, possibly empty.</param>
    public RegistryError(string code, string message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>The error code, e.g. <c>MANIFEST_UNKNOWN</c>.</summary>
    public string Code { get; }

    /// <summary>The registry's message.</summary>
    public string Message { get; }

    /// <summary><c>CODE: message</c>.</summary>
    /// <returns>The code and message.</returns>
    public override string ToString() => Message.Length == 0 ? Code : Code + ": " + Message;
}
