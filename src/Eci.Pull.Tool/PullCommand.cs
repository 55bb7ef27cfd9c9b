using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull;
using Eci.ImagePull.Registry;

namespace Eci.Pull.Tool;

/// <summary><c>eci-pull pull</c>: one image into an OCI image layout, verified and resumable.</summary>
internal static class PullCommand
{
    private const int DefaultTimeoutSeconds = 30;

    /// <summary>Blobs downloaded at the same time (containerd's default is 3 as well).</summary>
    private const int MaxConcurrentDownloads = 3;

    public static Command Create(ToolConsole console)
    {
        var imageArgument = ToolOptions.Operand("IMAGE", "The image to pull", "'pull' takes exactly one image (0 given).");
        var output = ToolOptions.Value("--output", "DIR", "Target directory (created if missing) — required");
        var settings = new PullSettingsSymbols(DefaultTimeoutSeconds);
        var json = ToolOptions.Flag("--json", "Print a JSON summary instead of text");
        var command = new Command("pull", HelpText.Pull) { imageArgument, output };
        settings.AddTo(command);
        command.Add(json);
        command.SetAction((result, cancellationToken) =>
        {
            var directory = result.GetValue(output) ?? throw new UsageException("'pull' needs --output DIR, the OCI layout directory to write.");
            var image = Image(result.GetValue(imageArgument)!);
            var pullSettings = PullSettingsOptions.Read(result, settings, new[] { image }, console, TimeSpan.FromSeconds(DefaultTimeoutSeconds));
            return RunAsync(image, directory, pullSettings, result.GetValue(json), console, cancellationToken);
        });
        return command;
    }

    /// <summary>The image argument, or a usage error with the parser's reason.</summary>
    private static ImageReference Image(string text)
    {
        if (!ImageReference.TryParse(text, out var image))
        {
            string reason;
            try
            {
                ImageReference.Parse(text);
                reason = "invalid image reference";
            }
            catch (FormatException e)
            {
                reason = e.Message;
            }

            throw new UsageException(reason);
        }

        return image;
    }

    private static async Task<int> RunAsync(ImageReference image, string output, PullSettingsOptions settings, bool asJson, ToolConsole console, CancellationToken cancellationToken)
    {
        var registry = RegistryClient.AddressOf(image);
        // Before any network traffic: a file, a foreign directory or a busy layout is refused with nothing changed.
        using var layout = OciLayoutWriter.Open(output);
        using var client = new RegistryClient(settings.ClientOptions());
        var resolved = await client.ResolveAsync(image, cancellationToken).ConfigureAwait(false);
        var blobs = new List<ContentDescriptor>();
        if (resolved.Manifest.Config is { } config)
        {
            blobs.Add(config);
        }

        blobs.AddRange(resolved.Manifest.Layers);
        if (!asJson)
        {
            // The platform's fields come from the registry's index: escaped like any other server text.
            console.Error.WriteLine($"Pulling {TerminalText.Escape(image.ToString())} ({resolved.Digest}{(resolved.Platform is null ? string.Empty : ", " + TerminalText.Escape(resolved.Platform.ToString(), 200))}) over {Describe(client.TransportFor(registry))}: {blobs.Count} blob(s).");
        }

        var progress = new ProgressDisplay(console, blobs.Sum(b => b.Size));
        var downloaded = 0;
        // A few blobs at a time over the one client (as container runtimes do): hashing and writing one layer overlap
        // with receiving the next, which a single stream cannot do. Each blob is still verified before it is kept.
        using var gate = new SemaphoreSlim(MaxConcurrentDownloads);
        var downloads = blobs.GroupBy(b => b.Digest).Select(g => g.First()).Select(async blob =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var label = blob.Digest.ToString().Substring(0, Math.Min(19, blob.Digest.ToString().Length));
                var fetched = await client.DownloadBlobToFileAsync(resolved.Repository, blob, layout.BlobPath(blob.Digest), progress.ForBlob(label), cancellationToken).ConfigureAwait(false);
                if (fetched)
                {
                    Interlocked.Increment(ref downloaded);
                }

                progress.Finished(label, blob.Size, fetched);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(downloads).ConfigureAwait(false);

        progress.Complete();
        layout.WriteBlob(resolved.Manifest.Digest, resolved.Manifest.Content);
        layout.WriteIndex(resolved.Manifest, resolved.Platform, ReferenceName(image, resolved));
        if (asJson)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["image"] = image.ToString(),
                ["digest"] = resolved.Digest.ToString(),
                ["manifest"] = resolved.Manifest.Digest.ToString(),
                ["platform"] = resolved.Platform?.ToString(),
                ["output"] = output,
                ["blobs"] = blobs.Count,
                ["downloaded"] = downloaded,
                ["bytes"] = resolved.TotalBlobBytes,
            }, ToolJsonContext.Default.DictionaryStringObject));
        }
        else
        {
            console.Output.WriteLine($"Pulled {TerminalText.Escape(image.ToString())} as {resolved.Digest} into {TerminalText.Escape(output)} ({downloaded} of {blobs.Count} blob(s) downloaded, all verified).");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The entry's reference name: the tag, or for a digest pull the digest of the manifest the entry points at
    /// (the platform manifest's, not the index's the user named: a name must not claim a digest the entry is not).
    /// </summary>
    private static string ReferenceName(ImageReference image, ResolvedImage resolved) =>
        image.Tag ?? (image.Digest is null ? "latest" : resolved.Manifest.Digest.ToString());

    private static string Describe(RegistryTransport transport) => transport switch
    {
        RegistryTransport.PlainHttp => "plain HTTP",
        RegistryTransport.HttpsWithoutVerification => "HTTPS without certificate verification",
        _ => "HTTPS",
    };
}
