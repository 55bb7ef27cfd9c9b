using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Eci.Analyzers.Benchmarks.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Eci.Analyzers.Benchmarks.Harness;

/// <summary>A named set of parsed sources plus the references to compile them against.</summary>
internal sealed class Scenario
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFramework);

    private Scenario(string name, ImmutableArray<SyntaxTree> trees, bool referencesSdk, int requests, int images)
    {
        Name = name;
        Trees = trees;
        ReferencesSdk = referencesSdk;
        RequestCount = requests;
        Images = images;
    }

    public string Name { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public bool ReferencesSdk { get; }

    /// <summary>How many request creations the sources hold (0 for scenario a).</summary>
    public int RequestCount { get; }

    /// <summary>How many image references the sources hold.</summary>
    public int Images { get; }

    public int Lines => Trees.Sum(tree => tree.GetText().Lines.Count);

    /// <summary>Scenario a: <paramref name="files"/> files of ordinary code, no ECI SDK reference at all.</summary>
    public static Scenario NoSdk(int files) =>
        Create($"a: {files} files, no SDK", Enumerable.Range(0, files).Select(SyntheticSources.PlainFile), referencesSdk: false, 0, 0);

    /// <summary>Scenario a': the same files in a project that references the SDK but never uses it.</summary>
    public static Scenario SdkUnused(int files) =>
        Create($"a': {files} files, SDK referenced, unused", Enumerable.Range(0, files).Select(SyntheticSources.PlainFile), referencesSdk: true, 0, 0);

    /// <summary>
    /// Scenario b: <paramref name="files"/> files that all build requests; one request in
    /// <paramref name="faultyOneIn"/> is faulty (0: none, 1: every request drawn from the faulty mix, the dense case).
    /// </summary>
    public static Scenario Requests(int files, int faultyOneIn = SyntheticSources.DefaultFaultyOneIn)
    {
        var images = 0;
        var sources = new List<string>();
        for (var i = 0; i < files; i++)
        {
            sources.Add(SyntheticSources.RequestFile(i, out var count, faultyOneIn));
            images += count;
        }

        var requests = sources.Sum(source => CountOf(source, "new CreateContainerGroupRequest") + CountOf(source, "new CreateImageCacheRequest"));
        var mix = faultyOneIn switch
        {
            0 => "all clean",
            1 => "all faulty (dense)",
            _ => $"1 in {faultyOneIn} faulty",
        };
        return Create($"b: {files} files, requests, {mix}", sources, referencesSdk: true, requests, images);
    }

    /// <summary>
    /// The reach scenarios of issue 16: <paramref name="files"/> files whose requests go direct, through a gateway
    /// interface, a wrapper or an argument, with images from a constants class; every request correct (b) or every
    /// request with one mistake (b″, <paramref name="faulty"/>).
    /// </summary>
    public static Scenario Reach(int files, bool faulty)
    {
        var images = 0;
        var requests = 0;
        var sources = new List<string>();
        for (var i = 0; i < files; i++)
        {
            sources.Add(ReachSources.File(i, faulty, out var fileRequests, out var fileImages));
            requests += fileRequests;
            images += fileImages;
        }

        return Create($"b{(faulty ? "″" : "")}: {files} files, reach shapes, {(faulty ? "a mistake in every request" : "every request correct")}", sources, referencesSdk: true, requests, images);
    }

    /// <summary>Scenario c: one method with <paramref name="containers"/> containers.</summary>
    public static Scenario LargeMethod(int containers) =>
        Create($"c: 1 method, {containers} containers", new[] { SyntheticSources.LargeMethodFile(containers) }, referencesSdk: true, 1, containers);

    /// <summary>The IDE case: one file of about <paramref name="lines"/> lines full of requests.</summary>
    public static Scenario DenseFile(int lines)
    {
        var source = SyntheticSources.DenseRequestFile(lines);
        return Create($"ide: 1 file, {lines} lines", new[] { source }, referencesSdk: true,
            CountOf(source, "new CreateContainerGroupRequest") + CountOf(source, "new CreateImageCacheRequest"), 0);
    }

    /// <summary>A fresh compilation: nothing bound yet, as at the start of a build.</summary>
    public CSharpCompilation NewCompilation()
    {
        var references = ReferencesSdk ? Framework.Value.Add(SdkReference.Value) : Framework.Value;
        return CSharpCompilation.Create(
            "Bench",
            Trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, concurrentBuild: true));
    }

    /// <summary>Writes the sources as a project directory (for a real <c>dotnet build</c>).</summary>
    public void WriteSources(string directory)
    {
        Directory.CreateDirectory(directory);
        for (var i = 0; i < Trees.Length; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"File{i:D4}.cs"), Trees[i].GetText().ToString());
        }
    }

    private static readonly Lazy<MetadataReference> SdkReference = new(() =>
        MetadataReference.CreateFromFile(typeof(AlibabaCloud.SDK.Eci20180808.Client).Assembly.Location));

    private static Scenario Create(string name, IEnumerable<string> sources, bool referencesSdk, int requests, int images)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"File{i:D4}.cs")).ToImmutableArray();
        return new Scenario(name, trees, referencesSdk, requests, images);
    }

    /// <summary>
    /// Occurrences of <paramref name="value"/> not followed by a dot: <c>new CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential</c>
    /// creates an element, not a request (until 2026-11-29 these were counted too, which put 16,970 "requests" on
    /// scenario b's 9,533).
    /// </summary>
    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            var end = at + value.Length;
            if (end >= text.Length || text[end] != '.')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The shared framework's assemblies, as the SDK's reference pack would provide them.</summary>
    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var names = new[]
        {
            "System.Runtime.dll", "System.Private.CoreLib.dll", "System.Collections.dll", "System.Linq.dll",
            "System.Runtime.Extensions.dll", "netstandard.dll", "System.Console.dll", "System.Threading.Tasks.dll",
            "System.Text.RegularExpressions.dll", "System.Memory.dll",
        };
        return names.Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(directory, name))).ToImmutableArray();
    }
}
