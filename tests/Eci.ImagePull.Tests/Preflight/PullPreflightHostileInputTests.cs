using AlibabaCloud.SDK.Eci20180808.Models;
using static Eci.ImagePull.Tests.Preflight.PreflightAssert;

namespace Eci.ImagePull.Tests.Preflight;

/// <summary>Inputs a caller should not send: each is a clear ArgumentException (never a NullReferenceException) or is read as ECI reads it.</summary>
public class PullPreflightHostileInputTests
{
    [Fact]
    public void Null_is_an_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("request", () => PullPreflight.Evaluate(null!));
        Assert.Throws<ArgumentNullException>("request", () => PullPreflight.Evaluate<CreateContainerGroupRequest>(null!));
        Assert.Throws<ArgumentNullException>("request", () => PullPreflight.ThrowIfInvalid(null!));
    }

    [Theory]
    [InlineData("nginx:1.27", "String")]
    [InlineData(42, "Int32")]
    public void Something_that_is_not_a_request_is_an_ArgumentException_naming_its_type_and_what_was_expected(object request, string typeName)
    {
        var error = Assert.Throws<ArgumentException>("request", () => PullPreflight.Evaluate(request));

        Assert.Contains($"cannot read a {typeName}", error.Message);
        Assert.Contains("CreateContainerGroupRequest, CreateImageCacheRequest, UpdateContainerGroupRequest or UpdateImageCacheRequest", error.Message);
    }

    [Fact]
    public void Another_sdk_model_is_an_ArgumentException_too()
    {
        var error = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(new CommitContainerRequest { Image = new() }));

        Assert.Contains("CommitContainerRequest", error.Message);
    }

    [Fact]
    public void Null_lists_and_null_values_are_settings_that_are_not_set()
    {
        Assert.Empty(PullPreflight.Evaluate(new CreateContainerGroupRequest { AutoCreateEip = true }));
        Assert.Empty(PullPreflight.Evaluate(new CreateImageCacheRequest()));
        Assert.Empty(PullPreflight.Evaluate(new UpdateContainerGroupRequest { Container = new() { new() { Image = null } } }));
        Assert.Empty(PullPreflight.Evaluate(new Dictionary<string, object?> { ["Container"] = null, ["PlainHttpRegistry"] = null }));
    }

    [Fact]
    public void A_null_element_is_an_ArgumentException_naming_its_index()
    {
        var request = new CreateContainerGroupRequest { Container = new() { new() { Image = "nginx:1.27" }, null! } };
        var credentials = new CreateContainerGroupRequest { ImageRegistryCredential = new() { null! } };
        var images = new CreateImageCacheRequest { Image = new() { "nginx:1.27", null! } };

        Assert.Contains("Container[1] is null", Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(request)).Message);
        Assert.Contains("ImageRegistryCredential[0] is null", Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(credentials)).Message);
        Assert.Contains("Image[1] is null", Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(images)).Message);
    }

    public static TheoryData<Dictionary<string, object?>, string> WrongTypes() => new()
    {
        { new() { ["Container"] = "nginx:1.27" }, "Container must be a list, but it is a String." },
        { new() { ["Container"] = new Dictionary<string, object?>() }, "Container must be a list, but it is a Dictionary<String, Object>." },
        { new() { ["Container"] = new object[] { "nginx:1.27" } }, "Container[0] must be a container with an Image (a dictionary), but it is a String." },
        { new() { ["Container"] = new object[] { new Dictionary<string, object?> { ["Image"] = 5 } } }, "Container[0].Image must be a string, but it is a Int32." },
        { new() { ["Image"] = new object[] { new[] { "a" } } }, "Image[0] must be a string, but it is a String[]." },
        { new() { ["Image"] = new List<string>(), ["PlainHttpRegistry"] = new[] { "a" } }, "PlainHttpRegistry must be a string, but it is a String[]." },
        { new() { ["Image"] = new List<string>(), ["AutoCreateEip"] = "maybe" }, "AutoCreateEip must be true or false." },
        { new() { ["Image"] = new List<string>(), ["AutoCreateEip"] = 1 }, "AutoCreateEip must be a boolean, but it is a Int32." },
        { new() { ["AcrRegistryInfo"] = new object[] { new Dictionary<string, object?> { ["Domain"] = new object?[] { null } } } }, "AcrRegistryInfo[0].Domain[0] is null" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void A_value_of_the_wrong_type_is_an_ArgumentException_naming_its_path_and_types_but_not_its_value(Dictionary<string, object?> request, string message)
    {
        var error = Assert.Throws<ArgumentException>("request", () => PullPreflight.Evaluate(request));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_subclass_that_hides_a_property_with_another_type_is_an_ArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(new HidingRequest { Container = 3 }));

        Assert.StartsWith("Container must be a list, but it is a Int32.", error.Message);
    }

    [Fact]
    public void A_getter_that_throws_is_an_ArgumentException_that_keeps_the_cause()
    {
        var error = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(new ThrowingRequest()));

        Assert.Contains("PlainHttpRegistry threw InvalidOperationException", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void Huge_lists_are_read_in_linear_time()
    {
        const int count = 20_000;
        var request = new CreateContainerGroupRequest { AutoCreateEip = true, Container = new() };
        var parameters = new Dictionary<string, string> { ["AutoCreateEip"] = "true" };
        for (var i = 0; i < count; i++)
        {
            request.Container.Add(new() { Image = $"images{i}.platform.example/app:1" });
            parameters[$"Container.{i + 1}.Image"] = $"images{i}.platform.example/app:1";
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var fromObject = PullPreflight.Evaluate(request);
        var fromParameters = PullPreflight.Evaluate(parameters);
        watch.Stop();

        Assert.Equal(count, fromObject.Count(f => f.RuleId == "ECI004"));
        Assert.Equal("Container[19999].Image", fromObject.Last(f => f.RuleId == "ECI004").Source);
        Assert.Equal("Container.20000.Image", fromParameters.Last(f => f.RuleId == "ECI004").Source);
        // Generous for a shared 2-core machine; a quadratic reader takes minutes here.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void An_endless_list_stops_at_the_element_limit_with_an_ArgumentException()
    {
        var request = new Dictionary<string, object?> { ["Image"] = Endless() };

        var error = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(request));

        Assert.Contains("Image has more than 100000 elements", error.Message);

        static IEnumerable<string> Endless()
        {
            while (true)
            {
                yield return "nginx:1.27";
            }
        }
    }

    [Fact]
    public void A_dictionary_with_keys_that_are_not_strings_is_an_ArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(new System.Collections.Hashtable { [1] = "x" }));

        Assert.Contains("key of type Int32", error.Message);
    }

    private sealed class HidingRequest : CreateContainerGroupRequest
    {
        public new int Container { get; set; }
    }

    private sealed class ThrowingRequest : CreateContainerGroupRequest
    {
        public new string PlainHttpRegistry => throw new InvalidOperationException("boom");
    }
}
