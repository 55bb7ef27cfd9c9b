extern alias analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Eci.Analyzers.Tests.Robustness;
using Eci.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using FindingSubject = analyzers::Eci.ImagePull.Rules.FindingSubject;
using FixAction = analyzers::Eci.ImagePull.Rules.FixAction;
using FixData = analyzers::Eci.Analyzers.Reporting.FixData;
using PreflightFixer = analyzers::Eci.Analyzers.CodeFixes.PreflightCodeFixProvider;
using RequestKind = analyzers::Eci.Analyzers.Sdk.RequestKind;

namespace Eci.Analyzers.Tests.Machinery;

/// <summary>
/// The analyzer→fixer codec: what the analyzer writes reads back to the same value, every diagnostic the analyzer
/// reports over the test corpus carries properties that read back to exactly themselves, and properties that are
/// missing or not the analyzer's make the fixers offer nothing, without throwing.
/// </summary>
public class FixDataTests
{
    public static TheoryData<string, string> ActionsAndSubjects()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in Enum.GetNames<FixAction>())
        {
            foreach (var subject in Enum.GetNames<FindingSubject>())
            {
                data.Add(action, subject);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActionsAndSubjects))]
    public void EveryActionAndSubjectReadsBackAsWritten(string actionName, string subjectName)
    {
        var action = Enum.Parse<FixAction>(actionName);
        var subject = Enum.Parse<FindingSubject>(subjectName);
        var full = new FixData(
            action, subject, "192.168.1.10:5000", " http://192.168.1.10 ", "192.168.1.10:5000,harbor.lab.local", RequestKind.UpdateImageCache,
            credentialsAbsent: true, plainHttpAt: 1, insecureAt: 2, credentialsAt: 3, autoCreateEipAt: 4, writtenAt: 5, correctWritten: true);
        var bare = new FixData(action, subject);

        foreach (var written in new[] { full, bare })
        {
            var properties = written.ToProperties();

            Assert.True(FixData.TryRead(properties, out var read));
            Assert.Equal(written, read);
            Assert.Equal(properties.OrderBy(p => p.Key), read.ToProperties().OrderBy(p => p.Key));
        }

        Assert.Equal(new[] { "EciFix", "EciSubject" }, bare.ToProperties().Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(actionName, full.ToProperties()["EciFix"]);
        Assert.Equal("5", full.ToProperties()["EciWrittenAt"]);
    }

    [Fact]
    public void EveryRequestKindAndThePreflightLocalReadBack()
    {
        foreach (var kind in Enum.GetValues<RequestKind>())
        {
            var written = new FixData(FixAction.AddCredential, FindingSubject.Image, "harbor.lab.local", requestKind: kind, credentialsAt: 2);
            Assert.True(FixData.TryRead(written.ToProperties(), out var read));
            Assert.Equal(kind, read.RequestKind);
            Assert.Equal(2, read.CredentialsAt);
        }

        var preflight = new FixData(FixAction.None, local: "request");
        Assert.True(FixData.TryRead(preflight.ToProperties(), out var check));
        Assert.Equal("request", check.Local);
        Assert.Null(check.Subject);
    }

    /// <summary>
    /// Every diagnostic the analyzer reports over every program of the test corpus (and the sample): its properties
    /// read back, and writing what was read gives the same properties, key for key. Every fix action the engine has
    /// appears among them, so the codec is exercised on each combination the analyzer really produces.
    /// </summary>
    [Fact]
    public async Task WhatTheAnalyzerWritesOverTheCorpusReadsBackExactly()
    {
        var seen = new HashSet<(FixAction, FindingSubject?)>();
        var withProperties = 0;
        foreach (var source in TestSourceCorpus.All)
        {
            var run = await AnalyzerHarness.WithSdk.RunAsync(source.Text, runFixes: false);
            foreach (var diagnostic in run.Diagnostics.Where(d => d.Id.StartsWith("ECI", StringComparison.Ordinal) && !d.Properties.IsEmpty))
            {
                Assert.True(FixData.TryRead(diagnostic.Properties, out var read), source.Name + ": " + diagnostic + " " + string.Join(";", diagnostic.Properties));
                Assert.Equal(diagnostic.Properties.OrderBy(p => p.Key), read.ToProperties().OrderBy(p => p.Key));
                Assert.All(
                    new[] { read.PlainHttpAt, read.InsecureAt, read.CredentialsAt, read.AutoCreateEipAt, read.WrittenAt },
                    index => Assert.True(index < Math.Max(1, diagnostic.AdditionalLocations.Count), source.Name + ": " + diagnostic));
                seen.Add((read.Action, read.Subject));
                withProperties++;
            }
        }

        Assert.True(withProperties > 100, withProperties.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var actions = seen.Select(s => s.Item1).ToHashSet();
        Assert.All(Enum.GetValues<FixAction>(), action => Assert.Contains(action, actions));
    }

    public static TheoryData<string> Garbage() => new()
    {
        string.Empty,
        "EciSubject=Image",
        "EciFix=Bogus",
        "EciFix=6",
        "EciFix=replacevalue",
        "EciFix=RewriteEntry, AddCredential",
        "EciFix= ReplaceValue",
        "EciFix=ReplaceValue;EciSubject=Nowhere",
        "EciFix=ReplaceValue;EciSubject=3",
        "EciFix=AddCredential;EciRequestKind=DeleteContainerGroup",
        "EciFix=AddToPlainHttpRegistry;EciPlainHttpAt=0",
        "EciFix=AddToPlainHttpRegistry;EciPlainHttpAt=-1",
        "EciFix=AddToPlainHttpRegistry;EciPlainHttpAt=one",
        "EciFix=AddToPlainHttpRegistry;EciPlainHttpAt= 1",
        "EciFix=AddToPlainHttpRegistry;EciPlainHttpAt=99999999999",
        "EciFix=AddCredential;EciCredentialsAbsent=yes",
        "EciFix=ReplaceValue;EciWrittenAt=1;EciCorrectWritten=True",
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void PropertiesThatAreNotTheAnalyzersAreNotRead(string text)
    {
        Assert.False(FixData.TryRead(Properties(text), out _));
    }

    [Fact]
    public void NoPropertiesAreNotRead()
    {
        Assert.False(FixData.TryRead(null, out _));
        Assert.False(FixData.TryRead(ImmutableDictionary<string, string?>.Empty.Add("EciFix", null), out _));
    }

    /// <summary>A real diagnostic with its properties replaced by garbage: no fix is offered, alone or through Fix All, and nothing throws.</summary>
    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task TheFixerOffersNothingForPropertiesItCannotRead(string text)
    {
        var document = FixWorkspace.Create(Sources.InMethod("""
            var request = new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10",
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/app" } },
            };
            client.CreateContainerGroup(request);
            """), new ConsumerSettings(LanguageVersion.CSharp12, ImplicitUsings: false));
        var original = Assert.Single(await FixWorkspace.DiagnosticsAsync(document, "ECI001"));
        Assert.NotNull(await FixWorkspace.ApplyFixAsync(document, original)); // the real one is fixable

        var garbled = Diagnostic.Create(original.Descriptor, original.Location, original.AdditionalLocations, Properties(text), "a", "b", "c", "d", "e", "f");

        Assert.Null(await FixWorkspace.ApplyFixAsync(document, garbled));
        var fixAll = await FixWorkspace.FixAllAsync(document, new[] { garbled });
        Assert.True(fixAll is null || await FixWorkspace.TextAsync(fixAll) == await FixWorkspace.TextAsync(document));
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task ThePreflightFixerOffersNothingForPropertiesItCannotRead(string text)
    {
        var document = FixWorkspace.Create(Sources.InMethod("""
            var request = new CreateContainerGroupRequest { Container = new List<Container> { new Container { Image = System.Environment.GetEnvironmentVariable("IMAGE") } } };
            client.CreateContainerGroup(request);
            """), new ConsumerSettings(LanguageVersion.CSharp12, ImplicitUsings: false));
        var root = (await document.GetSyntaxRootAsync())!;
        var send = root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax>().Last();
        var descriptor = new DiagnosticDescriptor("ECI012", "t", "m", "c", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
        var fixer = new PreflightFixer();

        Assert.Equal(1, await OfferedAsync(fixer, document, Diagnostic.Create(descriptor, send.GetLocation(), Properties("Local=request;EciFix=None"))));
        Assert.Equal(0, await OfferedAsync(fixer, document, Diagnostic.Create(descriptor, send.GetLocation(), Properties(text + ";Local=request"))));
    }

    private static async Task<int> OfferedAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions.Count;
    }

    /// <summary><c>key=value;key=value</c>; an entry without '=' is skipped.</summary>
    private static ImmutableDictionary<string, string?> Properties(string text)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                properties[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return properties.ToImmutable();
    }
}
