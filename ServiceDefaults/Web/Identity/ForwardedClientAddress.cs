using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace NetworkingPlatform.ServiceDefaults.Identity;

/// <summary>
/// The browser's address as the portal forwards it to the Gateway, which otherwise sees every portal user at the
/// portal's one address. The address travels with an HMAC-SHA256 over the time and the address under a key only the
/// portal and the Gateway hold (<see cref="KeySetting"/>); an address without a valid, recent signature is ignored.
/// </summary>
public static class ForwardedClientAddress
{
    public const string KeySetting = "Portal:ForwardingKey";
    public const string AddressHeader = "X-NP-Client-Address";
    public const string SignatureHeader = "X-NP-Client-Signature";
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>Adds the address and its signature to a request the portal sends.</summary>
    public static void Add(HttpRequestHeaders headers, IPAddress address, string key, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds();
        headers.Add(AddressHeader, address.ToString());
        headers.Add(SignatureHeader, $"t={timestamp},v1={Signature(key, timestamp, address.ToString())}");
    }

    /// <summary>The forwarded address, if the request carries one signed under the key within the last five minutes.</summary>
    public static IPAddress? Read(IHeaderDictionary headers, string key, DateTimeOffset now)
    {
        var address = headers[AddressHeader].ToString();
        var parts = headers[SignatureHeader].ToString().Split(',', 2);
        if (parts.Length != 2 || !parts[0].StartsWith("t=", StringComparison.Ordinal) || !parts[1].StartsWith("v1=", StringComparison.Ordinal)
            || !long.TryParse(parts[0][2..], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(timestamp, 0, DateTimeOffset.MaxValue.ToUnixTimeSeconds()))).Duration() > Tolerance
            || !IPAddress.TryParse(address, out var parsed))
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Signature(key, timestamp, address));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[1][3..])) ? parsed : null;
    }

    private static string Signature(string key, long timestamp, string address) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes($"{timestamp}.{address}")));
}
