namespace Eci.ImagePull.Rules;

/// <summary>
/// The fixed facts about one rule: id, title, message format and default severity. The analyzer's descriptors and the
/// runtime pull check are both built from these, so a rule reads the same in the IDE and in a log.
/// </summary>
public sealed class RuleInfo
{
    /// <summary>Creates the facts for one rule.</summary>
    public RuleInfo(string id, string title, string messageFormat, string description, RuleSeverity defaultSeverity, string category = RuleCatalog.Category)
    {
        Category = category;
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Description = description;
        DefaultSeverity = defaultSeverity;
    }

    /// <summary>The rule id, e.g. <c>ECI001</c>.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>A composite format string; the finding's <see cref="PullFinding.MessageArguments"/> fill it.</summary>
    public string MessageFormat { get; }

    /// <summary>A longer explanation of why the pull fails.</summary>
    public string Description { get; }

    /// <summary>The category: <see cref="RuleCatalog.Category"/>, or <see cref="RuleCatalog.SecurityCategory"/> for leaked secrets.</summary>
    public string Category { get; }

    /// <summary>The severity when nothing configures it.</summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>The relative path of the rule's documentation page in the repository.</summary>
    public string HelpPath => "docs/rules/" + Id + ".md";
}
