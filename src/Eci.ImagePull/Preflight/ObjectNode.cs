using System;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Eci.ImagePull.Preflight;

/// <summary>
/// An SDK model object read through its public properties by name, so the library needs no compile-time reference to
/// any SDK version. The type carries the annotation that makes the trimmer keep those properties and the nested
/// element types (<c>CreateContainerGroupRequest.CreateContainerGroupRequestContainer</c>, ...) with all their members.
/// </summary>
internal sealed class ObjectNode : IRequestNode
{
    internal const DynamicallyAccessedMemberTypes Preserved = DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicNestedTypes;

    [DynamicallyAccessedMembers(Preserved)]
    private readonly Type _type;
    private readonly object _instance;

    public ObjectNode([DynamicallyAccessedMembers(Preserved)] Type type, object instance)
    {
        _type = type;
        _instance = instance;
    }

    public string Description => PreflightValues.TypeName(_instance.GetType());

    public bool TryGet(string member, out object? value)
    {
        value = null;
        var property = Find(member);
        if (property is null || property.GetIndexParameters().Length != 0)
        {
            return false;
        }

        if (property.GetMethod is null)
        {
            // In a trimmed app a property the app sets but never reads loses its getter. Reading it as "not set" would
            // pass a request that fails; say so instead.
            throw new InvalidOperationException(
                $"{Description}.{member} cannot be read: it has no public getter (in a trimmed or Native AOT app, pass the request with its own static type so PullPreflight's annotations keep the getters).");
        }

        try
        {
            value = property.GetValue(_instance);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new ArgumentException($"Reading {Description}.{member} threw {e.InnerException.GetType().Name}.", "request", e.InnerException);
        }

        return true;
    }

    /// <summary>The property by name; when a derived class hides it with <c>new</c>, the most derived one (what C# code reading it sees).</summary>
    private PropertyInfo? Find(string member)
    {
        try
        {
            return _type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance);
        }
        catch (AmbiguousMatchException)
        {
            PropertyInfo? found = null;
            foreach (var property in _type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.Name == member && (found is null || found.DeclaringType!.IsAssignableFrom(property.DeclaringType)))
                {
                    found = property;
                }
            }

            return found;
        }
    }

    public IRequestNode Element(object element, string path, string expected)
    {
        // The SDK declares element classes nested in the request class; looking them up there keeps the trimmer's
        // annotation flowing to their properties.
        var actual = element.GetType();
        var nested = _type.GetNestedType(actual.Name, BindingFlags.Public);
        if (nested is not null && nested == actual)
        {
            return new ObjectNode(nested, element);
        }

        if (element is IDictionary or string || actual.IsPrimitive)
        {
            throw PreflightValues.WrongType(path, expected, element);
        }

        return Untyped(element);
    }

    /// <summary>An element of a class that is not nested in the request class (a hand-made or derived model).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification =
        "Only for element classes the SDK does not declare. If trimming removed a getter the app's code set, TryGet throws instead of reading the property as unset, so a trimmed app gets an error, never a wrong verdict.")]
    internal static ObjectNode Untyped(object instance) => new(instance.GetType(), instance);
}
