using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>
/// A set of registry addresses sized for one request: a handful of images or credential servers are compared one by
/// one in a small array (created on the first add with room for two, the usual count, and doubled when full), and only
/// past <see cref="LinearLimit"/> entries
/// does it move to a hash set, so a request with hundreds of images stays linear. The engine builds several per request,
/// and a <see cref="HashSet{T}"/> costs three allocations before its first element.
/// </summary>
internal sealed class AddressSet
{
    private const int LinearLimit = 8;
    private const int FirstSize = 2;
    private RegistryAddress[]? _few;
    private int _count;
    private HashSet<RegistryAddress>? _many;

    public void Add(RegistryAddress address)
    {
        if (_many is not null)
        {
            _many.Add(address);
            return;
        }

        if (Contains(address))
        {
            return;
        }

        if (_count == LinearLimit)
        {
            _many = new HashSet<RegistryAddress>(_few!) { address };
            _few = null;
            return;
        }

        if (_few is null)
        {
            _few = new RegistryAddress[FirstSize];
        }
        else if (_count == _few.Length)
        {
            System.Array.Resize(ref _few, _few.Length * 2);
        }

        _few[_count++] = address;
    }

    public bool Contains(RegistryAddress address)
    {
        if (_many is not null)
        {
            return _many.Contains(address);
        }

        for (var i = 0; i < _count; i++)
        {
            if (_few![i].Equals(address))
            {
                return true;
            }
        }

        return false;
    }
}
