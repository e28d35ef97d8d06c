using System.Net;
using System.Net.Sockets;

namespace MiniAurora.Security.Accounts;

/// <summary>
/// The host part of an account: a literal name or IP, a LIKE-style pattern with '%' and '_',
/// or an IPv4 'address/netmask'. <see cref="Specificity"/> orders accounts the way MySQL sorts
/// mysql.user before matching: literal hosts first, then patterns by how much is literal, '%' last.
/// See https://dev.mysql.com/doc/refman/8.0/en/connection-access.html
/// </summary>
public sealed class HostPattern : IEquatable<HostPattern>
{
    private readonly string _pattern;
    private readonly uint _network;
    private readonly uint _mask;
    private readonly bool _isNetmask;

    private HostPattern(string pattern, bool isNetmask, uint network, uint mask)
    {
        _pattern = pattern;
        _isNetmask = isNetmask;
        _network = network;
        _mask = mask;
    }

    public static HostPattern Parse(string host)
    {
        int slash = host.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && IPAddress.TryParse(host[..slash], out var ip) && IPAddress.TryParse(host[(slash + 1)..], out var mask)
            && ip.AddressFamily == AddressFamily.InterNetwork && mask.AddressFamily == AddressFamily.InterNetwork)
        {
            uint m = ToUInt(mask);
            return new HostPattern(host, true, ToUInt(ip) & m, m);
        }
        return new HostPattern(host, false, 0, 0);
    }

    public bool HasWildcards => !_isNetmask && (_pattern.Contains('%', StringComparison.Ordinal) || _pattern.Contains('_', StringComparison.Ordinal));

    /// <summary>Higher sorts first: literal hosts, then netmasks, then wildcard patterns by literal length; '%' and '' last.</summary>
    public int Specificity => _pattern.Length == 0 || _pattern == "%" ? 0
        : _isNetmask ? 2000
        : HasWildcards ? 1 + _pattern.Count(c => c != '%' && c != '_')
        : 3000;

    /// <summary>
    /// Matches a client. <paramref name="hostName"/> is the resolved name ('localhost' for loopback
    /// clients, as MySQL's name resolution gives), <paramref name="address"/> the client's IP text.
    /// </summary>
    public bool Matches(string hostName, string address)
    {
        if (_isNetmask)
        {
            return IPAddress.TryParse(address, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork && (ToUInt(ip) & _mask) == _network;
        }
        if (_pattern.Length == 0)
        {
            return true;
        }
        return Like(hostName, _pattern) || Like(address, _pattern);
    }

    private static bool Like(string value, string pattern)
    {
        int v = 0, p = 0, starP = -1, starV = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '_' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(value[v])))
            {
                v++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '%')
            {
                starP = p++;
                starV = v;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                v = ++starV;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '%')
        {
            p++;
        }
        return p == pattern.Length;
    }

    private static uint ToUInt(IPAddress ip)
    {
        var b = ip.GetAddressBytes();
        return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
    }

    public bool Equals(HostPattern? other) => other is not null && string.Equals(_pattern, other._pattern, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as HostPattern);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_pattern);

    public override string ToString() => _pattern;
}
