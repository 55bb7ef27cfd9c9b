namespace Eci.ImagePull.Rules;

/// <summary>ECI006: an image the reference grammar rejects. It gets no other rule; the message is the parser's.</summary>
internal sealed class InvalidImageRule : IPullRule
{
    /// <summary>
    /// For <c>http://host/app</c>: the registry the corrected image needs in PlainHttpRegistry, when the request has that
    /// list, can be seen, and does not list it yet. Stripping the scheme alone would turn a visible mistake into a silent
    /// ErrImagePull.
    /// </summary>
    private static RegistryAddress? PlainHttpAddressToKeep(EvaluationContext context, ImageReferenceFormatException error, string? suggestion)
    {
        var settings = context.Settings;
        if (error.Error != ImageReferenceError.SchemeNotAllowed
            || error.Scheme != "http"
            || suggestion is null
            || !settings.SupportsRegistryLists
            || !settings.PlainHttpRegistry.IsVisible
            || !ImageReference.TryParse(suggestion, out var corrected)
            || corrected.RegistryAddress is not { } address
            || settings.PlainHttpRegistry.List.Contains(address))
        {
            return null;
        }

        return address;
    }

    /// <summary>
    /// The exception's message is a sentence; a rule message is a phrase without a final period, like every other rule's
    /// (the IDE and the compiler show it as one line).
    /// </summary>
    private static string WithoutFinalPeriod(string message) =>
        message.Length > 0 && message[message.Length - 1] == '.' ? message.Substring(0, message.Length - 1) : message;

    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.InvalidImageId)!;

    public void Evaluate(EvaluationContext context)
    {
        foreach (var image in context.Images)
        {
            if (image.Error is not { } error)
            {
                continue;
            }

            var suggestion = error.Suggestion;
            var fix = suggestion is null ? FixAction.None : FixAction.ReplaceValue;
            var plainHttp = PlainHttpAddressToKeep(context, error, suggestion);
            if (plainHttp is not null)
            {
                fix = FixAction.ReplaceImageAndAddToPlainHttpRegistry;
            }

            context.Report(new PullFinding(
                Rule, FindingSubject.Image, image.Input.Source, new[] { WithoutFinalPeriod(error.Message) },
                fix, plainHttp, image.Text, null, null, suggestion));
        }
    }
}
