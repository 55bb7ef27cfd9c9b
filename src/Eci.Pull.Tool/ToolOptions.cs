using System.CommandLine;

namespace Eci.Pull.Tool;

/// <summary>
/// How eci-pull declares options: values stay text (each command checks them and says what is wrong in its own
/// words), flags are booleans.
/// </summary>
internal static class ToolOptions
{
    public static Option<string> Value(string name, string valueName, string description) =>
        new(name) { HelpName = valueName, Description = description };

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>One or more positional values; <paramref name="whenMissing"/> is the usage error when none is given.</summary>
    public static Operands<string[]> Operands(string name, string description, string whenMissing) =>
        new(name, whenMissing) { Description = description, Arity = ArgumentArity.OneOrMore };

    /// <summary>Exactly one positional value; <paramref name="whenMissing"/> is the usage error when it is not given.</summary>
    public static Operands<string> Operand(string name, string description, string whenMissing) =>
        new(name, whenMissing) { Description = description, Arity = ArgumentArity.ExactlyOne };
}

/// <summary>A command's positional values, with the usage error shown when none is given (an example helps more than "required").</summary>
internal interface IOperands
{
    string WhenMissing { get; }
}

/// <inheritdoc cref="IOperands"/>
internal sealed class Operands<T> : Argument<T>, IOperands
{
    public Operands(string name, string whenMissing)
        : base(name)
    {
        WhenMissing = whenMissing;
    }

    public string WhenMissing { get; }
}
