using System;
using System.Collections;
using System.Collections.Generic;

namespace Eci.ImagePull.Preflight;

/// <summary>
/// Checks the type of each value read from a request. A wrong type is the caller's bug, so it is an
/// <see cref="ArgumentException"/> that names the request path and the types; never the value, which may be a secret.
/// </summary>
internal static class PreflightValues
{
    public static string? AsString(object? value, string path) => value switch
    {
        null => null,
        string text => text,
        _ => throw WrongType(path, "a string", value),
    };

    /// <summary>A <c>bool?</c>; flattened parameters and JSON may carry it as the text <c>true</c>/<c>false</c>.</summary>
    public static bool? AsBoolean(object? value, string path) => value switch
    {
        null => null,
        bool flag => flag,
        string text when string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase) => true,
        string text when string.Equals(text.Trim(), "false", StringComparison.OrdinalIgnoreCase) => false,
        string => throw new ArgumentException($"{path} must be true or false.", "request"),
        _ => throw WrongType(path, "a boolean", value),
    };

    /// <summary>
    /// More elements than this in one list is no real request (ECI takes a few dozen containers): an error, so an
    /// endless or gigantic sequence cannot keep the check busy.
    /// </summary>
    public const int MaxListElements = 100_000;

    /// <summary>The items of a list value, or null when the list is not set.</summary>
    public static IEnumerable<object?>? AsList(object? value, string path) => value switch
    {
        null => null,
        string or IDictionary => throw WrongType(path, "a list", value),
        IEnumerable items => Bounded(items, path),
        _ => throw WrongType(path, "a list", value),
    };

    private static IEnumerable<object?> Bounded(IEnumerable items, string path)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (++count > MaxListElements)
            {
                throw new ArgumentException($"{path} has more than {MaxListElements} elements: that is not a request ECI would take.", "request");
            }

            yield return item;
        }
    }

    public static ArgumentException WrongType(string path, string expected, object value) =>
        new($"{path} must be {expected}, but it is a {TypeName(value.GetType())}.", "request");

    public static ArgumentException NullElement(string path) =>
        new($"{path} is null: the SDK would send the list with a gap, and ECI would not get the element it expects.", "request");

    /// <summary>A readable type name: <c>List&lt;String&gt;</c>, <c>CreateContainerGroupRequest.CreateContainerGroupRequestContainer</c>.</summary>
    public static string TypeName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0)
        {
            name = name.Substring(0, tick);
        }

        if (type.IsGenericType)
        {
            var arguments = new List<string>();
            foreach (var argument in type.GetGenericArguments())
            {
                arguments.Add(TypeName(argument));
            }

            name += "<" + string.Join(", ", arguments) + ">";
        }

        return type.DeclaringType is { } outer && !type.IsGenericParameter ? TypeName(outer) + "." + name : name;
    }
}
