using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>Everything the rules share while evaluating one request: parsed images, learned facts, findings so far.</summary>
internal sealed class EvaluationContext
{
    private readonly HashSet<string> _explained = new();
    private readonly HashSet<object> _reportedEntries = new(ReferenceEqualityComparer.Instance);
    private CredentialServerIndex? _credentialServers;

    public EvaluationContext(PullSettings settings)
    {
        Settings = settings;
        foreach (var input in settings.Images)
        {
            if (input.Text is null)
            {
                continue; // unknown image: nothing depends on it
            }

            ImageReference.TryParse(input.Text, out var reference, out var error);
            var parsed = new ParsedImage(input, reference, error);
            Images.Add(parsed);
            if (parsed.Address is not null)
            {
                ImageAddresses.Add(parsed.Address);
            }

            LearnFromInvalidImage(error);
        }
    }

    public PullSettings Settings { get; }

    public List<ParsedImage> Images { get; } = new();

    /// <summary>The registry address of every valid image: an entry naming one of them exactly is in use, whatever else it is.</summary>
    public HashSet<RegistryAddress> ImageAddresses { get; } = new();

    /// <summary>Registries another image wrote as <c>http://host/...</c>: invalid as an image, but proof the host speaks HTTP.</summary>
    public HashSet<RegistryAddress> LearnedPlainHttp { get; } = new();

    public List<PullFinding> Findings { get; } = new();

    /// <summary>The credential servers, parsed on first use and then shared by every rule and image.</summary>
    public CredentialServerIndex CredentialServers => _credentialServers ??= new CredentialServerIndex(Settings.Credentials);

    /// <summary>Records that an image's absence from a list (or from the credentials) is already explained by a port mismatch.</summary>
    public void MarkExplained(RegistryAddress address, FindingSubject subject) => _explained.Add(Key(address, subject));

    public bool IsExplained(RegistryAddress address, FindingSubject subject) => _explained.Contains(Key(address, subject));

    /// <summary>One root cause, one diagnostic: an entry is reported once even when several images trip over it.</summary>
    public bool TryClaimEntry(object entry) => _reportedEntries.Add(entry);

    /// <summary>True when an earlier rule already reported this entry or credential.</summary>
    public bool IsClaimed(object entry) => _reportedEntries.Contains(entry);

    /// <summary>True when every image of the request is visible and valid, so "no image uses it" can be said.</summary>
    public bool AllImagesKnown
    {
        get
        {
            if (Settings.HasUnknownImages || Images.Count != Settings.Images.Count)
            {
                return false;
            }

            foreach (var image in Images)
            {
                if (image.Address is null)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public void Report(PullFinding finding) => Findings.Add(finding);

    private static string Key(RegistryAddress address, FindingSubject subject) => address + "|" + subject;

    private void LearnFromInvalidImage(ImageReferenceFormatException? error)
    {
        if (error is { Error: ImageReferenceError.SchemeNotAllowed, Scheme: "http", Suggestion: { } withoutScheme }
            && ImageReference.TryParse(withoutScheme, out var reference)
            && RegistryAddress.TryParse(reference.Registry, out var address))
        {
            LearnedPlainHttp.Add(address);
        }
    }

    /// <summary>Reference equality on netstandard2.0, which lacks System.Collections.Generic.ReferenceEqualityComparer.</summary>
    private sealed class ReferenceEqualityComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
