using AlibabaCloud.SDK.Eci20180808.Models;

namespace Eci.ImagePull.Tests.Preflight;

/// <summary>ThrowIfInvalid and the exception it throws: findings with paths, no secret in the text.</summary>
public class PullPreflightExceptionTests
{
    private const string Password = "hunter2-vault-value";

    [Fact]
    public void ThrowIfInvalid_throws_on_a_warning_and_lists_each_blocking_finding_with_its_path()
    {
        var request = new CreateContainerGroupRequest
        {
            Container = new() { new() { Image = "images.platform.example/platform/api:5.2.0" }, new() { Image = "nginx:1.27" } },
        };

        var error = Assert.Throws<PullPreflightException>(() => PullPreflight.ThrowIfInvalid(request));

        Assert.Contains("Container[0].Image: ECI004 (warning): Image 'images.platform.example/platform/api:5.2.0' comes from the self-managed registry", error.Message);
        Assert.Contains("(1 problem)", error.Message);
        // The hidden ECI011 is in Findings but does not block and is not in the message.
        Assert.Equal(new[] { "ECI004", "ECI011" }, error.Findings.Select(f => f.RuleId).OrderBy(i => i, StringComparer.Ordinal));
        Assert.DoesNotContain("ECI011", error.Message);
    }

    [Fact]
    public void ThrowIfInvalid_does_not_throw_for_findings_below_warning()
    {
        var request = new CreateContainerGroupRequest { Container = new() { new() { Image = "nginx:1.27" } } };

        Assert.Single(PullPreflight.Evaluate(request));
        PullPreflight.ThrowIfInvalid(request);
    }

    [Fact]
    public void A_password_quoted_by_a_value_of_the_request_never_reaches_the_message()
    {
        // The attack: a credential written into the Server as a URL. ECI005 quotes the entry; the password must not follow.
        var request = new CreateContainerGroupRequest
        {
            AutoCreateEip = true,
            Container = new() { new() { Image = "registry.corp.example/team/app:1" } },
            ImageRegistryCredential = new()
            {
                new() { Server = $"https://ci:{Password}@registry.corp.example", UserName = "ci", Password = Password },
            },
        };

        var error = Assert.Throws<PullPreflightException>(() => PullPreflight.ThrowIfInvalid(request));

        Assert.Contains("ImageRegistryCredential[0].Server: ECI005", error.Message);
        Assert.Contains("[redacted]", error.Message);
        Assert.DoesNotContain(Password, error.Message);
        Assert.DoesNotContain(Password, error.ToString());
    }
}
