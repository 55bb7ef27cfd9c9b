extern alias analyzers;

using System.Collections.Generic;
using Eci.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using FindingSubject = analyzers::Eci.ImagePull.Rules.FindingSubject;
using FixAction = analyzers::Eci.ImagePull.Rules.FixAction;
using FixData = analyzers::Eci.Analyzers.Reporting.FixData;

namespace Eci.Analyzers.Tests.Fixes;

/// <summary>
/// ECI005's fix writes the canonical value the engine computed and the diagnostic carries (the one its message tells
/// the developer to write), rather than working out its own: one computation, so the fix and the message cannot drift.
/// </summary>
public class EngineReplacementTests
{
    private static readonly ConsumerSettings Settings = new(LanguageVersion.CSharp12, ImplicitUsings: false, Sources.AnonymousLab);

    private const string LabRegistriesInRequest = """
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            PlainHttpRegistry = " http://harbor.lab.local:80/ ,192.168.1.10:5000,,HTTP://192.168.1.10:5000",
            Container = [new Container { Image = "harbor.lab.local:80/app" }, new Container { Image = "192.168.1.10:5000/api" }],
        });
        """;

    private const string LabRegistriesInConstant = """
        const string LabRegistries = "https://registry.corp.example:8443/v2/ , registry.corp.example:8443";
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            InsecureRegistry = LabRegistries,
            Container = [new Container { Image = "registry.corp.example:8443/app" }],
        });
        """;

    [Theory]
    [InlineData(LabRegistriesInRequest, "harbor.lab.local:80,192.168.1.10:5000")]
    [InlineData(LabRegistriesInConstant, "registry.corp.example:8443")]
    public async Task EachFixWritesTheReplacementItsDiagnosticCarries(string statements, string canonical)
    {
        var document = FixWorkspace.Create(Sources.InMethod(statements), Settings);
        var diagnostics = await FixWorkspace.DiagnosticsAsync(document, "ECI005");
        Assert.NotEmpty(diagnostics);

        foreach (var diagnostic in diagnostics)
        {
            Assert.True(FixData.TryRead(diagnostic.Properties, out var data));
            Assert.Equal(canonical, data.Replacement);
            Assert.Contains("write '" + canonical + "'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

            var fixedDocument = await FixWorkspace.ApplyFixAsync(document, diagnostic);
            Assert.NotNull(fixedDocument);
            Assert.Equal(canonical, await ListValueAsync(fixedDocument!));
        }
    }

    /// <summary>
    /// The diagnostic says what to write; the fixer writes that, character for character, alone and through Fix All.
    /// Here the value the diagnostic carries is one the list's text alone cannot give (an entry added, the order
    /// changed), so a fixer that normalized the literal by itself would write something else and fail.
    /// </summary>
    [Fact]
    public async Task TheFixWritesTheCarriedReplacementNotOneItWorksOutFromTheLiteral()
    {
        const string Carried = "192.168.1.10:5000,harbor.lab.local:80,registry.corp.example:8443";
        var document = FixWorkspace.Create(Sources.InMethod(LabRegistriesInRequest), Settings);
        var diagnostics = await FixWorkspace.DiagnosticsAsync(document, "ECI005");
        var carrying = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            Assert.True(FixData.TryRead(diagnostic.Properties, out var data));
            Assert.Equal(FixAction.ReplaceValue, data.Action);
            Assert.Equal(FindingSubject.PlainHttpRegistry, data.Subject);
            var changed = new FixData(
                data.Action, data.Subject, data.Address, data.Entry, Carried, data.RequestKind, data.CredentialsAbsent,
                data.PlainHttpAt, data.InsecureAt, data.CredentialsAt, data.AutoCreateEipAt, data.WrittenAt, data.CorrectWritten);
            carrying.Add(Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, diagnostic.AdditionalLocations, changed.ToProperties(), "PlainHttpRegistry", "x", "y", "'" + Carried + "'", string.Empty));
        }

        var single = await FixWorkspace.ApplyFixAsync(document, carrying[0]);
        var all = await FixWorkspace.FixAllAsync(document, carrying);

        Assert.Equal(Carried, await ListValueAsync(single!));
        Assert.Equal(Carried, await ListValueAsync(all!));
    }

    /// <summary>The value of the PlainHttpRegistry/InsecureRegistry literal (in the request or in its constant).</summary>
    private static async Task<string> ListValueAsync(Document document)
    {
        var root = (await document.GetSyntaxRootAsync())!;
        var literal = root.DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Single(l => l.IsKind(SyntaxKind.StringLiteralExpression)
                && l.Ancestors().Any(a => a is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "PlainHttpRegistry" or "InsecureRegistry" } }
                    || a is VariableDeclaratorSyntax { Identifier.ValueText: "LabRegistries" }));
        return literal.Token.ValueText;
    }
}
