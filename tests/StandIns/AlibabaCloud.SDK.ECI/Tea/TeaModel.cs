// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// The real type lives in the Tea package; here it shares the stand-in assembly. Analyzers bind by metadata name.
// ToObject works (plain reflection over [NameInMap]) so samples can build requests from dictionaries as users do.

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace Tea;

/// <summary>Base class of every SDK model: request, response, body and nested element classes.</summary>
public class TeaModel
{
    /// <summary>
    /// Builds a model from a map whose keys are the <see cref="NameInMapAttribute"/> names (the property name when a
    /// property has none). Nested models and lists of models are filled from nested maps and lists.
    /// </summary>
    /// <typeparam name="T">The model type to create.</typeparam>
    /// <param name="dict">The map; null gives null.</param>
    /// <returns>The filled model, or null when <paramref name="dict"/> is null.</returns>
    public static T ToObject<T>(IDictionary dict) where T : class, new()
    {
        if (dict == null)
        {
            return null;
        }

        return ToObject(ToStringKeyed(dict), new T());
    }

    /// <summary>Fills an existing model from a map; see <see cref="ToObject{T}(IDictionary)"/>.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="dict">The map; null gives null.</param>
    /// <param name="obj">The model to fill.</param>
    /// <returns><paramref name="obj"/>, or null when <paramref name="dict"/> is null.</returns>
    public static T ToObject<T>(Dictionary<string, object> dict, T obj) where T : class
    {
        if (dict == null)
        {
            return null;
        }

        if (obj == null)
        {
            throw new ArgumentNullException(nameof(obj), "TeaModel.ToObject needs an instance to fill.");
        }

        foreach (PropertyInfo property in obj.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.GetIndexParameters().Length != 0)
            {
                continue;
            }

            if (dict.TryGetValue(MapKey(property), out object value))
            {
                property.SetValue(obj, ConvertValue(property.PropertyType, value, property.Name));
            }
        }

        return obj;
    }

    internal static string MapKey(PropertyInfo property)
    {
        var attribute = property.GetCustomAttribute<NameInMapAttribute>();
        return attribute == null ? property.Name : attribute.Name;
    }

    private static Dictionary<string, object> ToStringKeyed(IDictionary dict)
    {
        var result = new Dictionary<string, object>(dict.Count);
        foreach (DictionaryEntry entry in dict)
        {
            result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)] = entry.Value;
        }

        return result;
    }

    private static object ConvertValue(Type target, object value, string propertyName)
    {
        if (value == null || target.IsInstanceOfType(value) && !IsGenericList(target))
        {
            return value;
        }

        if (typeof(TeaModel).IsAssignableFrom(target))
        {
            if (value is not IDictionary map)
            {
                throw new ArgumentException($"TeaModel.ToObject: '{propertyName}' needs a map for {target.Name}, got {value.GetType().Name}.");
            }

            return ToObject(ToStringKeyed(map), Activator.CreateInstance(target));
        }

        if (IsGenericList(target))
        {
            if (value is not IList items)
            {
                throw new ArgumentException($"TeaModel.ToObject: '{propertyName}' needs a list, got {value.GetType().Name}.");
            }

            var list = (IList)Activator.CreateInstance(target);
            Type elementType = target.GetGenericArguments()[0];
            foreach (object item in items)
            {
                list.Add(ConvertValue(elementType, item, propertyName));
            }

            return list;
        }

        if (target == typeof(Dictionary<string, string>) && value is IDictionary source)
        {
            var result = new Dictionary<string, string>(source.Count);
            foreach (DictionaryEntry entry in source)
            {
                result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)] = Convert.ToString(entry.Value, CultureInfo.InvariantCulture);
            }

            return result;
        }

        Type scalar = Nullable.GetUnderlyingType(target) ?? target;
        return Convert.ChangeType(value, scalar, CultureInfo.InvariantCulture);
    }

    private static bool IsGenericList(Type type)
    {
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);
    }
}
