using System.Collections.Generic;
using System.Globalization;

namespace Eci.ImagePull.Rules;

/// <summary>One problem the rules found in a request's pull settings, with what a fix needs.</summary>
public sealed class PullFinding
{
    internal PullFinding(
        RuleInfo rule,
        FindingSubject subject,
        object? source,
        IReadOnlyList<string> messageArguments,
        FixAction fix,
        RegistryAddress? address,
        string? imageText,
        RegistryListEntry? entry,
        string? entryText,
        string? replacement = null)
    {
        Replacement = replacement;
        Rule = rule;
        Subject = subject;
        Source = source;
        MessageArguments = messageArguments;
        Fix = fix;
        Address = address;
        ImageText = imageText;
        Entry = entry;
        EntryText = entryText;
    }

    /// <summary>The rule that fired.</summary>
    public RuleInfo Rule { get; }

    /// <summary>The rule id, e.g. <c>ECI002</c>.</summary>
    public string RuleId => Rule.Id;

    /// <summary>What the finding is about.</summary>
    public FindingSubject Subject { get; }

    /// <summary>The caller's token of the image, list or credential the finding is reported on.</summary>
    public object? Source { get; }

    /// <summary>The arguments for <see cref="RuleInfo.MessageFormat"/>.</summary>
    public IReadOnlyList<string> MessageArguments { get; }

    /// <summary>The formatted message.</summary>
    public string Message
    {
        get
        {
            var args = new object[MessageArguments.Count];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = MessageArguments[i];
            }

            return string.Format(CultureInfo.InvariantCulture, Rule.MessageFormat, args);
        }
    }

    /// <summary>The change that resolves it.</summary>
    public FixAction Fix { get; }

    /// <summary>The registry address the fix writes (the image's exact address).</summary>
    public RegistryAddress? Address { get; }

    /// <summary>The image the finding is about, as written.</summary>
    public string? ImageText { get; }

    /// <summary>For list findings: the entry reported.</summary>
    public RegistryListEntry? Entry { get; }

    /// <summary>For list and credential findings: the text to replace.</summary>
    public string? EntryText { get; }

    /// <summary>For <see cref="FixAction.ReplaceValue"/>: the whole new value of the reported expression.</summary>
    public string? Replacement { get; }

    /// <inheritdoc />
    public override string ToString() => RuleId + ": " + Message;
}
