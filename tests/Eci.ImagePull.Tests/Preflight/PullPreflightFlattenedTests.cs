using static Eci.ImagePull.Tests.Preflight.PreflightAssert;

namespace Eci.ImagePull.Tests.Preflight;

/// <summary>PullPreflight on flattened API parameters, the form of CallApi, the aliyun CLI and the API reference.</summary>
public class PullPreflightFlattenedTests
{
    [Fact]
    public void Flattened_parameters_are_read_in_numeric_order_and_findings_carry_the_parameter_name()
    {
        var parameters = new Dictionary<string, string>
        {
            ["Container.10.Image"] = "images.platform.example/platform/api:5.2.0",
            ["Container.2.Image"] = "harbor.lab.local/lab/web:2.3",
            ["Container.2.Name"] = "web",
            ["InitContainer.1.Image"] = "localhost:5000/dev/tools:latest",
            ["ImageRegistryCredential.1.Server"] = "https://harbor.lab.local",
            ["ImageRegistryCredential.1.UserName"] = "ci",
            ["ImageRegistryCredential.1.Password"] = "from-the-vault",
            ["PlainHttpRegistry"] = "192.168.1.10",
            ["AutoCreateEip"] = "true",
        };

        var findings = PullPreflight.Evaluate(parameters, Knows(plainHttp: "harbor.lab.local"));

        Findings(findings,
            ("ECI002", "Container.2.Image"),
            ("ECI004", "Container.10.Image"),
            ("ECI008", "InitContainer.1.Image"),
            ("ECI005", "ImageRegistryCredential.1.Server"),
            ("ECI010", "PlainHttpRegistry"));
        // Request order is numeric (Container.2 before Container.10), containers before init containers, as ECI numbers them.
        Assert.Equal(new[] { "Container.2.Image", "Container.10.Image", "InitContainer.1.Image" }, PullPreflight.Read(parameters).Images.Select(i => i.Path));
    }

    [Fact]
    public void Flattened_image_cache_and_acr_domains_are_read()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["Action"] = "CreateImageCache",
            ["Image.1"] = "acme.example/team/app:1",
            ["Image.2"] = "images.platform.example/a:1",
            ["AcrRegistryInfo.1.InstanceId"] = "cri-1",
            ["AcrRegistryInfo.1.Domain.1"] = "acme.example",
            ["EipInstanceId"] = "eip-1",
        };

        Findings(PullPreflight.Evaluate(parameters), ("ECI004", "Image.2"));
    }

    [Fact]
    public void An_acr_entry_without_domains_covers_every_registry_as_ECI_applies_all_the_instance_domains()
    {
        var parameters = new Dictionary<string, string>
        {
            ["Image.1"] = "images.platform.example/a:1",
            ["AcrRegistryInfo.1.InstanceId"] = "cri-1",
            ["EipInstanceId"] = "eip-1",
        };

        Assert.Empty(PullPreflight.Evaluate(parameters));
    }

    [Theory]
    [InlineData("Container.0.Image")]
    [InlineData("Container.x.Image")]
    [InlineData("Container.-1.Image")]
    [InlineData("Container.01.Image")]
    [InlineData("Image.99999999999")]
    [InlineData("ImageRegistryCredential..Server")]
    public void A_list_index_that_is_not_a_whole_number_from_1_is_an_ArgumentException_naming_the_parameter(string key)
    {
        var parameters = new Dictionary<string, string> { [key] = "nginx:1.27" };

        var error = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(parameters));

        Assert.Contains(key, error.Message);
        Assert.Equal("request", error.ParamName);
    }

    [Fact]
    public void A_flattened_value_of_the_wrong_type_names_its_parameter()
    {
        var parameters = new Dictionary<string, object?> { ["Container.1.Image"] = 42 };

        var error = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(parameters));

        Assert.Equal("Container.1.Image must be a string, but it is a Int32.", error.Message.Split(" (Parameter")[0]);
    }

    [Fact]
    public void Nested_lists_mixed_with_flattened_parameters_are_an_ArgumentException_rather_than_a_lost_list()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["Container.1.Image"] = "nginx:1.27",
            ["ImageRegistryCredential"] = new List<object> { new Dictionary<string, object?> { ["Server"] = "registry.corp.example" } },
        };

        var error = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(parameters));

        Assert.Contains("mix the nested list 'ImageRegistryCredential' with flattened parameters such as 'Container.1.Image'", error.Message);
    }
}
