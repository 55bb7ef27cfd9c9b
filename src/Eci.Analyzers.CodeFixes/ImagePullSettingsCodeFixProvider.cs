using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Eci.Analyzers.Reporting;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// Fixes the ECI rules: rewrites an entry to the image's exact address, adds the address to PlainHttpRegistry or
/// InsecureRegistry (moving it out of InsecureRegistry when it was misplaced there), adds an ImageRegistryCredential
/// whose user name and password are looked up at run time by Eci.ImagePull, normalizes malformed lists, corrects
/// images, replaces constant passwords with the run-time lookup, removes dead entries and turns on an elastic IP.
/// All fixes of one request are gathered and applied together, which is what makes Fix All merge cleanly.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ImagePullSettingsCodeFixProvider))]
[Shared]
public sealed class ImagePullSettingsCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.PortMismatchId, RuleCatalog.PlainHttpId, RuleCatalog.SelfSignedId, RuleCatalog.MissingCredentialId,
        RuleCatalog.MalformedAddressId, RuleCatalog.InvalidImageId, RuleCatalog.HardCodedPasswordId, RuleCatalog.VpcRegionId,
        RuleCatalog.DeadEntryId, RuleCatalog.InternetEgressId);

    // Edits are gathered per request across all diagnostics of a document, so one Fix All edit per literal; ECI006's
    // corrections of member initializers in other documents are added on top (InitializerFixAll).
    private static readonly FixAllProvider FixAll = new InitializerFixAll(FixAllProvider.Create(FixAllInDocumentAsync));

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!RequestEditBuilder.IsFixable(diagnostic))
            {
                continue;
            }

            if (InitializerCorrection.IsInAnotherDocument(diagnostic))
            {
                // The image comes from a member declared in another document: the correction is made there.
                var solution = context.Document.Project.Solution;
                var corrected = await InitializerCorrection.ApplyAsync(solution, solution, new[] { diagnostic }, context.CancellationToken).ConfigureAwait(false);
                if (corrected is not null)
                {
                    context.RegisterCodeFix(CodeAction.Create(Title(diagnostic), _ => Task.FromResult(corrected), EquivalenceKey(diagnostic)), diagnostic);
                }

                continue;
            }

            // Computed before registering: a fix that would change nothing (the value is a constant declared
            // elsewhere, the list is built in a way we do not rewrite, the SDK lacks the member) is not offered at all.
            var rewritten = await DocumentFix.RewriteAsync(context.Document, new[] { diagnostic }, context.CancellationToken).ConfigureAwait(false);
            if (rewritten is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title(diagnostic), token => DocumentFix.CleanUpAsync(rewritten, token), EquivalenceKey(diagnostic)),
                diagnostic);
        }
    }

    private static Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        DocumentFix.FixAsync(document, diagnostics, context.CancellationToken);

    /// <summary>One key per rule and kind of change, so Fix All applies the same kind of fix everywhere.</summary>
    internal static string EquivalenceKey(Diagnostic diagnostic) => diagnostic.Id + "." + RequestEditBuilder.Action(diagnostic);

    private static string Title(Diagnostic diagnostic)
    {
        if (FixDataOf.Read(diagnostic) is not { } data)
        {
            return diagnostic.Id;
        }

        var address = data.Address;
        return data.Action switch
        {
            FixAction.RewriteEntry => Format("Change '{0}' to '{1}'", data.Entry?.Trim(), address),
            FixAction.AddToPlainHttpRegistry => Format("Add '{0}' to PlainHttpRegistry", address),
            FixAction.MoveToPlainHttpRegistry => Format("Move '{0}' from InsecureRegistry to PlainHttpRegistry", address),
            FixAction.AddToInsecureRegistry => Format("Add '{0}' to InsecureRegistry", address),
            FixAction.AddCredential => Format("Add an ImageRegistryCredential for '{0}' read at run time", address),
            FixAction.ReplaceValue => diagnostic.Id == RuleCatalog.MalformedAddressId
                ? "Normalize the registry address"
                : Format("Change to '{0}'", data.Replacement),
            FixAction.ReplaceImageAndAddToPlainHttpRegistry => Format(
                "Change to '{0}' and add '{1}' to PlainHttpRegistry", data.Replacement, address),
            FixAction.ReadPasswordAtRunTime => Format("Read the password for '{0}' at run time", address),
            FixAction.RemoveEntry => Format("Remove '{0}'", data.Entry?.Trim()),
            FixAction.AutoCreateEip => "Set AutoCreateEip = true",
            _ => diagnostic.Id,
        };
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
