// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// The real type lives in the Tea package; here it shares the stand-in assembly. Analyzers bind by metadata name.
// ToMap and Validate work (plain reflection), so samples can show the map a request turns into before flattening.

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Tea;

/// <summary>Map conversion and validation for <see cref="TeaModel"/> (extension methods, as in newer Tea versions).</summary>
public static class TeaModelExtensions
{
    /// <summary>
    /// Turns a model into a map keyed by <see cref="NameInMapAttribute"/> names. Nested models become maps, lists
    /// become <c>List&lt;object&gt;</c>; null properties are kept as null entries.
    /// </summary>
    /// <param name="model">The model; null gives null.</param>
    /// <returns>The map, or null.</returns>
    public static Dictionary<string, object> ToMap(this TeaModel model)
    {
        if (model == null)
        {
            return null;
        }

        var result = new Dictionary<string, object>();
        foreach (PropertyInfo property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Streams (upload bodies in other SDKs) are never part of the map.
            if (property.GetIndexParameters().Length != 0 || typeof(Stream).IsAssignableFrom(property.PropertyType))
            {
                continue;
            }

            result[TeaModel.MapKey(property)] = ToMapFactory(property.PropertyType, property.GetValue(model));
        }

        return result;
    }

    /// <summary>Converts one property value for <see cref="ToMap"/>.</summary>
    /// <param name="type">The declared type of the value.</param>
    /// <param name="value">The value.</param>
    /// <returns>A map for a model, a list of converted items for a list, a converted map for a dictionary, otherwise the value.</returns>
    public static object ToMapFactory(Type type, object value)
    {
        switch (value)
        {
            case null:
                return null;
            case TeaModel model:
                return model.ToMap();
            case IDictionary dictionary:
                var map = new Dictionary<string, object>(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    map[entry.Key.ToString()] = ToMapFactory(entry.Value?.GetType() ?? typeof(object), entry.Value);
                }

                return map;
            case IList list when value is not Array:
                var items = new List<object>(list.Count);
                foreach (object item in list)
                {
                    items.Add(ToMapFactory(item?.GetType() ?? typeof(object), item));
                }

                return items;
            default:
                return value;
        }
    }

    /// <summary>
    /// Checks every <see cref="ValidationAttribute"/> of the model and, recursively, of nested models and list items.
    /// </summary>
    /// <param name="model">The model to check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">A property breaks its constraint; the message names the property.</exception>
    public static void Validate(this TeaModel model)
    {
        if (model == null)
        {
            throw new ArgumentNullException(nameof(model), "TeaModel.Validate needs a model, got null.");
        }

        foreach (PropertyInfo property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length != 0)
            {
                continue;
            }

            string where = model.GetType().Name + "." + property.Name;
            object value = property.GetValue(model);
            var rule = property.GetCustomAttribute<ValidationAttribute>();
            if (value == null)
            {
                if (rule != null && rule.Required)
                {
                    throw new ArgumentException(where + " is required but is null.");
                }

                continue;
            }

            if (rule != null)
            {
                CheckRule(rule, value, where);
            }

            if (value is TeaModel nested)
            {
                nested.Validate();
            }
            else if (value is IList list)
            {
                foreach (object item in list)
                {
                    (item as TeaModel)?.Validate();
                }
            }
        }
    }

    private static void CheckRule(ValidationAttribute rule, object value, string where)
    {
        int length = value is string text ? text.Length : value is ICollection collection ? collection.Count : -1;
        if (length >= 0 && rule.MaxLength > 0 && length > rule.MaxLength)
        {
            throw new ArgumentException(where + " is longer than " + rule.MaxLength + ".");
        }

        if (length >= 0 && rule.MinLength > 0 && length < rule.MinLength)
        {
            throw new ArgumentException(where + " is shorter than " + rule.MinLength + ".");
        }

        if (string.IsNullOrEmpty(rule.Pattern))
        {
            return;
        }

        IEnumerable candidates = value is string ? new[] { value } : value as IEnumerable ?? new[] { value };
        foreach (object candidate in candidates)
        {
            if (candidate is string s && !Regex.IsMatch(s, rule.Pattern))
            {
                throw new ArgumentException(where + " value '" + s + "' does not match " + rule.Pattern + ".");
            }
        }
    }
}
