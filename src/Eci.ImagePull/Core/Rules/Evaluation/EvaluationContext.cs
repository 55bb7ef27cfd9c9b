using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>Everything the rules share while evaluating one request: parsed images, learned facts, findings so far.</summary>
internal sealed class EvaluationContext
{
    // Created on first use: most requests never explain or claim anything, and the analyzer builds one context per request.
    private HashSet<(RegistryAddress Address, FindingSubject Subject)>? _explained;
    private HashSet<(FindingSubject Subject, object Entry)>? _reportedEntries;
    private CredentialServerIndex? _credentialServers;
    private AddressSet? _learnedPlainHttp;

    public EvaluationContext(PullSettings settings)
    {
        Settings = settings;
        Images = new List<ParsedImage>(settings.Images.Count);
        foreach (var input in settings.Images)
        {
            if (input.Text is null)
            {
                continue; // unknown image: nothing depends on it
            }

            var parsed = settings.Parses is { } memo ? new ParsedImage(input, memo.Image(input.Text)) : new ParsedImage(input);
            if (input.IsRegistryOnly && parsed.Error is not null)
            {
                continue; // its start is not a valid registry: the whole image is judged where it is known, at run time
            }

            Images.Add(parsed);
            if (parsed.Address is not null)
            {
                ImageAddresses.Add(parsed.Address);
            }

            LearnFromInvalidImage(parsed.Error);
        }
    }

    public PullSettings Settings { get; }

    public List<ParsedImage> Images { get; }

    /// <summary>The registry address of every valid image: an entry naming one of them exactly is in use, whatever else it is.</summary>
    public AddressSet ImageAddresses { get; } = new();

    /// <summary>Registries another image wrote as <c>http://host/...</c>: invalid as an image, but proof the host speaks HTTP.</summary>
    public bool IsLearnedPlainHttp(RegistryAddress address) => _learnedPlainHttp?.Contains(address) == true;

    public List<PullFinding> Findings { get; } = new();

    /// <summary>The credential servers, parsed on first use and then shared by every rule and image.</summary>
    public CredentialServerIndex CredentialServers => _credentialServers ??= new CredentialServerIndex(Settings.Credentials);

    /// <summary>Records that an image's absence from a list (or from the credentials) is already explained by a port mismatch.</summary>
    public void MarkExplained(RegistryAddress address, FindingSubject subject) => (_explained ??= new()).Add((address, subject));

    public bool IsExplained(RegistryAddress address, FindingSubject subject) => _explained?.Contains((address, subject)) == true;

    /// <summary>
    /// One root cause, one diagnostic: an entry is reported once even when several images trip over it. Each list and
    /// credential of a request is parsed on its own, so an entry object belongs to one place; the subject keeps two
    /// lists apart even when a caller hands the same parsed input to both.
    /// </summary>
    public bool TryClaimEntry(FindingSubject subject, object entry) => (_reportedEntries ??= new()).Add((subject, entry));

    /// <summary>True when an earlier rule already reported this entry.</summary>
    public bool IsClaimed(FindingSubject subject, object entry) => _reportedEntries?.Contains((subject, entry)) == true;

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

    private void LearnFromInvalidImage(ImageReferenceFormatException? error)
    {
        if (error is { Error: ImageReferenceError.SchemeNotAllowed, Scheme: "http", Suggestion: { } withoutScheme }
            && ImageReference.TryParse(withoutScheme, out var reference)
            && RegistryAddress.TryParse(reference.Registry, out var address))
        {
            (_learnedPlainHttp ??= new AddressSet()).Add(address);
        }
    }
}
