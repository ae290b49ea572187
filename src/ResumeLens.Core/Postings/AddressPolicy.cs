using System.Net;
using System.Net.Sockets;

namespace ResumeLens.Core.Postings;

/// <summary>Decides which IP addresses a server-side fetch may connect to: public unicast only.</summary>
public static class AddressPolicy
{
    /// <summary>
    /// True when <paramref name="address"/> is loopback, private, link-local (incl. cloud metadata
    /// 169.254.169.254), carrier-grade NAT, multicast, reserved or documentation space, or an IPv6
    /// form that embeds such an IPv4 address (mapped, NAT64, 6to4).
    /// </summary>
    public static bool IsForbidden(IPAddress address, bool allowLoopback = false)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6) return IsForbidden(address.MapToIPv4(), allowLoopback);
            if (IPAddress.IPv6Loopback.Equals(address)) return !allowLoopback;
            if (IPAddress.IPv6Any.Equals(address) || IPAddress.IPv6None.Equals(address)) return true;
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            // IPv4-compatible (deprecated ::a.b.c.d) and NAT64 64:ff9b::/96 embed an IPv4 address in the last 4 bytes.
            var zeroPrefix = true;
            for (var i = 0; i < 12; i++) if (b[i] != 0) zeroPrefix = false;
            if (zeroPrefix) return true;
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return IsForbidden(new IPAddress(b[12..16]), allowLoopback);
            if (b[0] == 0x20 && b[1] == 0x02) return IsForbidden(new IPAddress(b[2..6]), allowLoopback); // 6to4
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return true;              // documentation
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00) return true;              // Teredo
            if ((b[0] & 0xfe) == 0xfc) return true;                                                     // unique local fc00::/7 (incl. fd00:ec2::254)
            if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return true;                                     // link-local fe80::/10
            if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return true;                                     // site-local fec0::/10
            if (b[0] == 0xff) return true;                                                              // multicast
            return false;
        }
        if (address.AddressFamily != AddressFamily.InterNetwork) return true;
        Span<byte> v4 = stackalloc byte[4];
        address.TryWriteBytes(v4, out _);
        byte a = v4[0], c = v4[1];
        if (a == 127) return !allowLoopback;
        return a switch
        {
            0 => true,                                  // "this network"
            10 => true,                                 // private
            100 when (c & 0xc0) == 64 => true,          // carrier-grade NAT 100.64/10 (incl. 100.100.100.200 metadata)
            169 when c == 254 => true,                  // link-local and cloud metadata
            172 when (c & 0xf0) == 16 => true,          // private 172.16/12
            192 when c == 168 => true,                  // private
            192 when c == 0 && (v4[2] == 0 || v4[2] == 2) => true, // IETF protocol assignments, TEST-NET-1
            198 when c is 18 or 19 => true,             // benchmarking
            198 when c == 51 && v4[2] == 100 => true,   // TEST-NET-2
            203 when c == 0 && v4[2] == 113 => true,    // TEST-NET-3
            >= 224 => true,                             // multicast, reserved, broadcast
            _ => false,
        };
    }
}
