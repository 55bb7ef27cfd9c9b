using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>Builds the engine's input the way the rule tests write it: a request's images, and what the project declares.</summary>
internal static class RuleInputs
{
    /// <summary>A request with these images, each with a source named after it ("img:" + image).</summary>
    internal static PullSettings Request(params string?[] images)
    {
        var settings = new PullSettings();
        foreach (var image in images)
        {
            settings.Images.Add(new ImageInput(image, "img:" + image));
        }

        return settings;
    }

    /// <summary>Registries the project declares plain-HTTP, self-signed or anonymous (the eci.* settings).</summary>
    internal static RegistryKnowledge Knows(string? plainHttp = null, string? selfSigned = null, string? anonymous = null) =>
        RegistryKnowledge.FromSettings(plainHttp, selfSigned, anonymous);
}
