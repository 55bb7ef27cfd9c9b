using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>Median and quartiles: robust on a shared, noisy machine where a mean would follow the outliers.</summary>
internal readonly record struct Stats(double Median, double P25, double P75, int Count)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return new Stats(double.NaN, double.NaN, double.NaN, 0);
        }

        return new Stats(Quantile(sorted, 0.5), Quantile(sorted, 0.25), Quantile(sorted, 0.75), sorted.Length);
    }

    /// <summary>"123.4 (110.2–130.9)": median with the interquartile range.</summary>
    public string Format(string format = "0.0") =>
        string.Create(CultureInfo.InvariantCulture, $"{Median.ToString(format, CultureInfo.InvariantCulture)} ({P25.ToString(format, CultureInfo.InvariantCulture)}–{P75.ToString(format, CultureInfo.InvariantCulture)})");

    private static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }
}
