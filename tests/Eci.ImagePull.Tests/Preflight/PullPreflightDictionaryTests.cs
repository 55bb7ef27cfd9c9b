using System.Collections;
using System.Dynamic;
using AlibabaCloud.SDK.Eci20180808.Models;
using Tea;
using static Eci.ImagePull.Tests.Preflight.PreflightAssert;

namespace Eci.ImagePull.Tests.Preflight;

/// <summary>PullPreflight on the dictionary TeaModel.ToMap() returns and on hand-built dictionaries (parsed JSON).</summary>
public class PullPreflightDictionaryTests
{
    private static CreateContainerGroupRequest Request() => new()
    {
        Container = new()
        {
            new() { Name = "web", Image = "harbor.lab.local/lab/web:2.3" },
            new() { Name = "api", Image = "images.platform.example/platform/api:5.2.0" },
        },
        InitContainer = new() { new() { Name = "init", Image = "localhost:5000/dev/tools:latest" } },
        PlainHttpRegistry = "192.168.1.10",
        ImageRegistryCredential = new() { new() { Server = "https://harbor.lab.local", UserName = "ci", Password = "from-the-vault" } },
        AutoCreateEip = true,
    };

    [Fact]
    public void ToMap_of_a_request_gives_the_same_findings_and_paths_as_the_request()
    {
        var request = Request();
        var knowledge = Knows(plainHttp: "harbor.lab.local");
        Dictionary<string, object> map = request.ToMap();

        var fromObject = PullPreflight.Evaluate(request, knowledge);
        var fromMap = PullPreflight.Evaluate(map, knowledge);

        Assert.Equal(Pairs(fromObject), Pairs(fromMap));
        Assert.Equal(fromObject.Select(f => f.Message), fromMap.Select(f => f.Message));
        Findings(fromMap,
            ("ECI002", "Container[0].Image"),
            ("ECI004", "Container[1].Image"),
            ("ECI008", "InitContainer[0].Image"),
            ("ECI005", "ImageRegistryCredential[0].Server"),
            ("ECI010", "PlainHttpRegistry"));
    }

    [Fact]
    public void A_dictionary_built_by_hand_with_arrays_and_json_like_values_is_read()
    {
        var map = new Dictionary<string, object?>
        {
            ["Container"] = new object[] { new Dictionary<string, object?> { ["Image"] = "nginx:1.27" } },
            ["AutoCreateEip"] = "false",
        };

        Findings(PullPreflight.Evaluate(map), ("ECI011", "Container[0].Image"));
    }

    [Fact]
    public void Non_generic_and_dynamic_dictionaries_are_read()
    {
        var hashtable = new Hashtable { ["Image"] = new ArrayList { "images.platform.example/a:1" }, ["EipInstanceId"] = "eip-1" };
        dynamic expando = new ExpandoObject();
        expando.Image = new List<string> { "images.platform.example/a:1" };
        expando.EipInstanceId = "eip-1";

        Findings(PullPreflight.Evaluate(hashtable), ("ECI004", "Image[0]"));
        Findings(PullPreflight.Evaluate((object)expando), ("ECI004", "Image[0]"));
    }

    [Fact]
    public void An_Action_key_names_the_operation_so_an_update_asks_for_no_registry_list()
    {
        var map = new Dictionary<string, object?>
        {
            ["Action"] = "UpdateContainerGroup",
            ["Container"] = new List<object> { new Dictionary<string, object> { ["Image"] = "harbor.lab.local/lab/web:2.3" } },
        };
        var knowledge = Knows(plainHttp: "harbor.lab.local", anonymous: "harbor.lab.local");

        Assert.Empty(PullPreflight.Evaluate(map, knowledge));
        map["Action"] = "CreateContainerGroup";
        Findings(PullPreflight.Evaluate(map, knowledge), ("ECI002", "Container[0].Image"));
    }

    [Fact]
    public void Without_an_Action_the_id_of_an_existing_group_marks_an_update()
    {
        var map = new Dictionary<string, object?>
        {
            ["ContainerGroupId"] = "eci-1",
            ["Container"] = new List<object> { new Dictionary<string, object> { ["Image"] = "harbor.lab.local/lab/web:2.3" } },
        };

        Assert.Empty(PullPreflight.Evaluate(map, Knows(plainHttp: "harbor.lab.local", anonymous: "harbor.lab.local")));
    }

    [Fact]
    public void A_map_that_is_not_a_pulling_request_is_an_ArgumentException_that_says_what_was_expected()
    {
        var unrelated = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(new Dictionary<string, object> { ["Name"] = "x" }));
        var badAction = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(new Dictionary<string, object> { ["Action"] = "DeleteContainerGroup", ["Container"] = new List<object>() }));
        var both = Assert.Throws<ArgumentException>(() => PullPreflight.Evaluate(new Dictionary<string, object> { ["Image"] = new List<object>(), ["Container"] = new List<object>() }));

        Assert.Contains("none of the keys", unrelated.Message);
        Assert.Contains("CreateContainerGroupRequest", unrelated.Message);
        Assert.Contains("DeleteContainerGroup", badAction.Message);
        Assert.Contains("one or the other", both.Message);
    }
}
