extern alias analyzers;

using analyzers::Eci.Analyzers.Reading;
using analyzers::Eci.ImagePull.Rules;

namespace Eci.Analyzers.Tests.Reading;

/// <summary>The two shared "unset" list values are read by every request on every thread, so nothing may change them.</summary>
public class ListValueTests
{
    [Fact]
    public void TheSharedUnsetValuesRefuseWritesAndKeepTheirMeaning()
    {
        Assert.Throws<InvalidOperationException>(() => ListValue.Unset.State = ValueState.Known);
        Assert.Throws<InvalidOperationException>(() => ListValue.UnsetEscaped.IsComplete = true);
        Assert.Throws<InvalidOperationException>(() => ListValue.Unset.AssignedValue = null);

        Assert.Equal(ValueState.Absent, ListValue.Unset.State);
        Assert.True(ListValue.Unset.IsComplete);
        Assert.Equal(ValueState.Unknown, ListValue.UnsetEscaped.State);
        Assert.False(ListValue.UnsetEscaped.IsComplete);
        Assert.Equal(0, ListValue.Unset.Count);
    }

    [Fact]
    public void AFreshValueIsWritable()
    {
        var value = new ListValue { State = ValueState.Known, IsComplete = false };

        Assert.Equal(ValueState.Known, value.State);
        Assert.False(value.IsComplete);
    }
}
