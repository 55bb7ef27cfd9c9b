using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Eci.Analyzers.Tests.Machinery;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>
/// C# that never touches the ECI SDK but looks like it from a distance: a generated corpus full of lambdas, LINQ,
/// collection and object initializers with string properties named like the SDK's (<c>Image</c>, <c>Server</c>,
/// <c>Password</c>, <c>PlainHttpRegistry</c>), <c>List&lt;T&gt;.Add</c>, look-alike request classes with the SDK's
/// simple names, and the repository's own non-ECI sources.
/// </summary>
internal static class NonEciCorpus
{
    /// <summary>Generated files: <paramref name="files"/> files of <paramref name="classesPerFile"/> classes each.</summary>
    public static IEnumerable<(string Name, string Text)> Generated(int files, int classesPerFile)
    {
        for (var file = 0; file < files; file++)
        {
            var text = new StringBuilder();
            text.AppendLine("using System;");
            text.AppendLine("using System.Collections.Generic;");
            text.AppendLine("using System.Linq;");
            text.AppendLine("using System.Threading.Tasks;");
            text.AppendLine(CultureInfo.InvariantCulture, $"namespace Corpus.File{file}");
            text.AppendLine("{");
            for (var i = 0; i < classesPerFile; i++)
            {
                AppendClass(text, file * classesPerFile + i);
            }

            text.AppendLine("}");
            yield return ($"Generated{file}.cs", text.ToString());
        }
    }

    /// <summary>The repository's C# that has nothing to do with ECI requests: the runtime library and its tests.</summary>
    public static IEnumerable<(string Name, string Text)> Repository()
    {
        var root = DescriptorTests.RepositoryRoot();
        foreach (var folder in new[] { Path.Combine("src", "Eci.ImagePull"), Path.Combine("tests", "Eci.ImagePull.Tests") })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file);
                var text = File.ReadAllText(file);
                // The PullPreflight tests build real SDK requests with mistakes on purpose: they are ECI code, not part of this corpus.
                if (!relative.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !relative.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !text.Contains("using AlibabaCloud.SDK.Eci20180808", StringComparison.Ordinal))
                {
                    yield return (relative, text);
                }
            }
        }
    }

    private static void AppendClass(StringBuilder text, int n)
    {
        // Look-alikes of the SDK's request and element types, in a namespace of their own.
        text.AppendLine(CultureInfo.InvariantCulture, $$"""
                public sealed class CreateContainerGroupRequest{{n}}Holder
                {
                    public sealed class CreateContainerGroupRequest
                    {
                        public string PlainHttpRegistry { get; set; }
                        public string InsecureRegistry { get; set; }
                        public string RegionId { get; set; }
                        public List<Container> Container { get; set; } = new List<Container>();
                        public List<Credential> ImageRegistryCredential { get; set; }
                    }

                    public sealed class Container { public string Image { get; set; } public string Name { get; set; } }

                    public sealed class Credential { public string Server { get; set; } public string Password { get; set; } }
                }

                public class Service{{n}}
                {
                    private readonly List<string> _images = new List<string> { "192.168.1.10:5000/app:{{n}}", "harbor.lab.local:80/web", "UPPER/Case" };
                    private readonly Dictionary<string, int> _ports = new Dictionary<string, int> { ["a"] = 1, ["b"] = {{n}} };

                    public IEnumerable<string> Images => _images.Where(i => i.Contains(':')).Select(i => i.ToUpperInvariant()).OrderBy(i => i);

                    public CreateContainerGroupRequest{{n}}Holder.CreateContainerGroupRequest Build(string region)
                    {
                        var request = new CreateContainerGroupRequest{{n}}Holder.CreateContainerGroupRequest
                        {
                            PlainHttpRegistry = "192.168.1.10",
                            InsecureRegistry = "https://registry.corp.example:8443/v2",
                            RegionId = region,
                            ImageRegistryCredential = new List<CreateContainerGroupRequest{{n}}Holder.Credential>
                            {
                                new CreateContainerGroupRequest{{n}}Holder.Credential { Server = "registry.corp.example", Password = "hunter2" },
                            },
                        };
                        request.Container.Add(new CreateContainerGroupRequest{{n}}Holder.Container { Image = "Platform/Backup:7", Name = "c{{n}}" });
                        foreach (var image in _images)
                        {
                            request.Container.Add(new CreateContainerGroupRequest{{n}}Holder.Container { Image = image });
                        }

                        return request;
                    }

                    public async Task<int> CountAsync(Func<string, Task<bool>> filter)
                    {
                        var count = 0;
                        foreach (var image in _images)
                        {
                            if (await filter(image).ConfigureAwait(false))
                            {
                                count++;
                            }
                        }

                        return count;
                    }

                    public int Sum() => (from pair in _ports where pair.Value > 0 group pair by pair.Key.Length into g select g.Sum(p => p.Value)).Sum();

                    public Func<int, int> Compose(int k)
                    {
                        int Local(int x) => x * k;
                        Func<int, int> twice = x => Local(Local(x));
                        return x => twice(x) + _images.Count;
                    }

                    public string Describe(object value) => value switch
                    {
                        string s when s.Length > {{n % 7}} => $"text {s}",
                        int i => $"number {i:D4}",
                        IEnumerable<string> list => string.Join(",", list),
                        _ => "other",
                    };

                    public List<string> Collect(params string[] extra)
                    {
                        List<string> all = [.. _images, .. extra, "docker.io/library/nginx"];
                        var copy = new List<string>(all);
                        copy.AddRange(extra.Select(e => e.Trim()));
                        return copy;
                    }
                }

            """);
    }
}
