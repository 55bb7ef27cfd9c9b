namespace Eci.ImagePull.Rules;

/// <summary>The change that resolves a finding; the code fix and the pull check's advice both follow it.</summary>
public enum FixAction
{
    /// <summary>Nothing mechanical resolves it.</summary>
    None,

    /// <summary>Replace the entry <see cref="PullFinding.EntryText"/> with <see cref="PullFinding.Address"/>.</summary>
    RewriteEntry,

    /// <summary>Add <see cref="PullFinding.Address"/> to <c>PlainHttpRegistry</c>.</summary>
    AddToPlainHttpRegistry,

    /// <summary>Add <see cref="PullFinding.Address"/> to <c>PlainHttpRegistry</c> and remove it from <c>InsecureRegistry</c>.</summary>
    MoveToPlainHttpRegistry,

    /// <summary>Add <see cref="PullFinding.Address"/> to <c>InsecureRegistry</c>.</summary>
    AddToInsecureRegistry,

    /// <summary>Add an <c>ImageRegistryCredential</c> for <see cref="PullFinding.Address"/>.</summary>
    AddCredential,

    /// <summary>Replace the reported value (list, server or image) with <see cref="PullFinding.Replacement"/>.</summary>
    ReplaceValue,

    /// <summary>
    /// Replace the image with <see cref="PullFinding.Replacement"/> (its <c>http://</c> stripped) and add
    /// <see cref="PullFinding.Address"/> to <c>PlainHttpRegistry</c>: the scheme was the only record that the registry speaks HTTP.
    /// </summary>
    ReplaceImageAndAddToPlainHttpRegistry,

    /// <summary>Read the password at run time for <see cref="PullFinding.Address"/> instead of a constant.</summary>
    ReadPasswordAtRunTime,

    /// <summary>Remove the entry <see cref="PullFinding.EntryText"/> from the reported list.</summary>
    RemoveEntry,

    /// <summary>Set <c>AutoCreateEip = true</c> on the request.</summary>
    AutoCreateEip,
}
