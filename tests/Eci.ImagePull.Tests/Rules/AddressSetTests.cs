using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>
/// <see cref="AddressSet"/> answers from a small array up to eight addresses (it starts with room for two and doubles)
/// and from a hash set past that; both ways it
/// must answer exactly as a <see cref="HashSet{T}"/> of the same addresses would, with ECI's equality (host case, port).
/// </summary>
public class AddressSetTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)] // the first array is full
    [InlineData(3)] // grown to four
    [InlineData(5)] // grown to eight
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void AnswersAsAHashSetOfTheSameAddresses(int distinct)
    {
        var set = new AddressSet();
        var expected = new HashSet<RegistryAddress>();
        for (var i = 0; i < distinct; i++)
        {
            // Each address is added twice, the second time spelled in upper case: equal addresses, one member.
            foreach (var text in new[] { $"registry{i}.example:{5000 + i}", $"REGISTRY{i}.EXAMPLE:{5000 + i}" })
            {
                var address = Address(text);
                set.Add(address);
                expected.Add(address);
            }
        }

        Assert.Equal(distinct, expected.Count);
        for (var i = 0; i < distinct + 3; i++)
        {
            foreach (var probe in new[] { $"registry{i}.example:{5000 + i}", $"registry{i}.example", $"registry{i}.example:{6000 + i}" })
            {
                var address = Address(probe);
                Assert.Equal(expected.Contains(address), set.Contains(address));
            }
        }
    }

    [Fact]
    public void PortsAndHostsAreDistinctMembers()
    {
        var set = new AddressSet();
        set.Add(Address("192.168.1.10:5000"));

        Assert.True(set.Contains(Address("192.168.1.10:5000")));
        Assert.False(set.Contains(Address("192.168.1.10")));
        Assert.False(set.Contains(Address("192.168.1.11:5000")));
    }

    private static RegistryAddress Address(string text) =>
        RegistryAddress.TryParse(text, out var address) ? address : throw new ArgumentException(text);
}
