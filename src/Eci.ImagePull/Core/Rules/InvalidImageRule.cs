namespace Eci.ImagePull.Rules;

/// <summary>ECI006: an image the reference grammar rejects. It gets no other rule; the message is the parser's.</summary>
internal sealed class InvalidImageRule : IPullRule
{
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
            context.Report(new PullFinding(
                Rule, FindingSubject.Image, image.Input.Source, new[] { error.Message },
                suggestion is null ? FixAction.None : FixAction.ReplaceValue,
                null, image.Text, null, null, suggestion));
        }
    }
}
