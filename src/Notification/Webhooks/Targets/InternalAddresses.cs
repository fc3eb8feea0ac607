namespace NetworkingPlatform.Notification.Webhooks.Targets;

/// <summary>
/// The one deny list for webhook targets: addresses inside the platform's own networks or no single public host's.
/// An IPv6 address that carries an IPv4 one (mapped, compatible, SIIT, NAT64, 6to4) is judged by the IPv4 address.
/// Documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are not denied: they reach
/// nothing, so they stand for public receivers in tests without any traffic leaving the machine.
/// </summary>
public static class InternalAddresses
{
    private static readonly IPNetwork[] DeniedV4 = Networks(
        "0.0.0.0/8",        // "this network", the unspecified address
        "10.0.0.0/8",       // private
        "100.64.0.0/10",    // carrier-grade NAT
        "169.254.0.0/16",   // link-local, cloud metadata services
        "172.16.0.0/12",    // private
        "192.0.0.0/24",     // IETF protocol assignments (DS-Lite, NAT64 discovery)
        "192.88.99.0/24",   // 6to4 relays
        "192.168.0.0/16",   // private
        "198.18.0.0/15",    // benchmarking
        "224.0.0.0/4",      // multicast
        "240.0.0.0/4");     // reserved, the broadcast address 255.255.255.255 included

    private static readonly IPNetwork[] DeniedV6 = Networks(
        "64:ff9b:1::/48",   // local-use NAT64: its embedding depends on the operator's prefix
        "100::/64",         // discard-only
        "2001::/32",        // Teredo: the client's IPv4 address is hidden in the address
        "fc00::/7",         // unique local
        "fe80::/10",        // link-local
        "fec0::/10",        // site-local (deprecated, still routed internally)
        "ff00::/8");        // multicast

    /// <summary>True when a webhook must not reach the address; loopback only when <paramref name="allowLoopback"/> says so.</summary>
    public static bool IsDenied(IPAddress address, bool allowLoopback)
    {
        var judged = Unwrapped(address);
        if (IPAddress.IsLoopback(judged))
        {
            return !allowLoopback;
        }

        if (judged.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        return judged.AddressFamily == AddressFamily.InterNetwork
            ? DeniedV4.Any(network => network.Contains(judged))
            : DeniedV6.Any(network => network.Contains(judged));
    }

    /// <summary>The IPv4 address an IPv6 address carries, if it carries one; the address without its zone otherwise.</summary>
    private static IPAddress Unwrapped(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        var prefix = bytes[..12];
        var isMapped = prefix[..10].IndexOfAnyExcept((byte)0) < 0 && prefix[10] == 0xff && prefix[11] == 0xff;
        var isTranslated = prefix[..8].IndexOfAnyExcept((byte)0) < 0 && prefix[8] == 0xff && prefix[9] == 0xff && prefix[10] == 0 && prefix[11] == 0;
        var isNat64 = bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes[4..12].IndexOfAnyExcept((byte)0) < 0;
        // IPv4-compatible (::a.b.c.d, deprecated): every address of ::/96 but the unspecified and the loopback ones.
        var isCompatible = prefix.IndexOfAnyExcept((byte)0) < 0 && bytes[12..].IndexOfAnyExcept((byte)0) >= 0
            && !(bytes[12..15].IndexOfAnyExcept((byte)0) < 0 && bytes[15] == 1);
        if (isMapped || isTranslated || isNat64 || isCompatible)
        {
            return new IPAddress(bytes[12..]);
        }

        var is6To4 = bytes[0] == 0x20 && bytes[1] == 0x02;
        return is6To4 ? new IPAddress(bytes[2..6]) : new IPAddress(bytes);
    }

    private static IPNetwork[] Networks(params string[] cidrs) => [.. cidrs.Select(IPNetwork.Parse)];
}
