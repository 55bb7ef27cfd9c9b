#:project ../src/Eci.ImagePull/Eci.ImagePull.csproj
#:property TreatWarningsAsErrors=false

// Linear-scaling check for the parsers: time each input family at doubling sizes and print the growth per
// doubling. Linear code shows a ratio near 2 (noise aside); a quadratic loop shows ~4. Run:
//   dotnet run bench/ParserScaling.cs            (sizes 64K..2M characters)
// Not part of the test suite: speed is measured here, never asserted in unit tests.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Eci.ImagePull;

var families = new (string Name, Func<int, string> Make, Action<string> Parse)[]
{
    ("image: letters", n => new string('a', n), s => ImageReference.TryParse(s, out _, out _)),
    ("image: colons", n => new string(':', n), s => ImageReference.TryParse(s, out _, out _)),
    ("image: components", n => Repeat("a/", n), s => ImageReference.TryParse(s, out _, out _)),
    ("image: long host", n => Repeat("a.", n) + "com/app", s => ImageReference.TryParse(s, out _, out _)),
    ("image: ipv6 groups", n => "[" + Repeat("0:", n) + "1]/app", s => ImageReference.TryParse(s, out _, out _)),
    ("image: long tag", n => "nginx:" + new string('t', n), s => ImageReference.TryParse(s, out _, out _)),
    ("address: long host", n => Repeat("a.", n) + "com", s => RegistryAddress.TryParse(s, out _)),
    ("address: ipv6 groups", n => "[" + Repeat("0:", n) + "1]", s => RegistryAddress.TryParse(s, out _)),
    ("address: ipv6 compressions", n => "[" + Repeat("::", n) + "]", s => RegistryAddress.TryParse(s, out _)),
    ("list: duplicates", n => Repeat("harbor.lab.local:80,", n), s => RegistryList.Parse(s).ToString()),
    ("list: distinct", n => Distinct(n), s => RegistryList.Parse(s).ToString()),
    ("list: empty entries", n => Repeat(", ", n), s => RegistryList.Parse(s).ToString()),
    ("docker config: many auths", n => Config(n), s => Resolve(s)),
};

int[] sizes = { 1 << 16, 1 << 17, 1 << 18, 1 << 19, 1 << 20, 1 << 21 };
Console.WriteLine($"{"family",-28}" + string.Concat(sizes.Select(s => $"{s / 1024 + "K",10}")) + "   growth per doubling");
foreach (var (name, make, parse) in families)
{
    var times = sizes.Select(size => Measure(make(size), parse)).ToArray();
    var growth = Enumerable.Range(1, times.Length - 1).Select(i => times[i] / Math.Max(times[i - 1], 0.001)).ToArray();
    Console.WriteLine($"{name,-28}" + string.Concat(times.Select(t => $"{t,8:F1}ms")) + "   " + string.Join(" ", growth.Select(g => g.ToString("F1"))));
}

static double Measure(string input, Action<string> parse)
{
    parse(input); // warm-up
    var runs = new List<double>();
    for (int i = 0; i < 5; i++)
    {
        var watch = Stopwatch.StartNew();
        parse(input);
        runs.Add(watch.Elapsed.TotalMilliseconds);
    }

    runs.Sort();
    return runs[runs.Count / 2];
}

static string Repeat(string unit, int length)
{
    var builder = new StringBuilder(length + unit.Length);
    while (builder.Length < length) builder.Append(unit);
    builder.Length = length;
    return builder.ToString();
}

static string Distinct(int length)
{
    var builder = new StringBuilder(length + 32);
    for (int i = 0; builder.Length < length; i++) builder.Append('h').Append(i).Append(".corp:5000,");
    builder.Length = length;
    return builder.ToString();
}

static string Config(int length)
{
    var builder = new StringBuilder("{\"auths\":{");
    for (int i = 0; builder.Length < length; i++) builder.Append("\"h").Append(i).Append(".corp\":{\"auth\":\"dTpw\"},");
    builder.Append("\"registry.corp.example\":{\"auth\":\"dTpw\"}}}");
    return builder.ToString();
}

static void Resolve(string json)
{
    var options = new RegistryCredentialOptions(_ => null) { DockerAuthConfigJson = json };
    new RegistryCredentialResolver(options).TryResolve("registry.corp.example", out _);
}
