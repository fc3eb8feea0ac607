using System.Net;
using System.Net.Sockets;

namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>
/// Which webhook targets are acceptable: https to a public host name or address; never private, link-local or
/// metadata addresses (no reaching into the platform's own network). Plain http and loopback only when developing.
/// </summary>
public sealed class WebhookUrlPolicy(IHostEnvironment environment)
{
    public string? Reject(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "An absolute http(s) URL is required.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The URL must not carry credentials; the signature authenticates the platform.";
        }

        var development = environment.IsDevelopment();
        var loopback = uri.IsLoopback;
        if (loopback)
        {
            return development ? null : "Loopback targets are allowed in development only.";
        }

        if (uri.Scheme == "http" && !development)
        {
            return "Webhook targets must use https.";
        }

        return IPAddress.TryParse(uri.Host, out var address) && IsInternal(address)
            ? "Private, link-local and internal addresses are not allowed."
            : null;
    }

    private static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.Equals(IPAddress.IPv6Any);
        }

        var bytes = address.GetAddressBytes();
        return bytes[0] is 10 or 0 or 127
            || (bytes[0] == 172 && bytes[1] is >= 16 and <= 31)
            || (bytes[0] == 192 && bytes[1] == 168)
            || (bytes[0] == 169 && bytes[1] == 254)
            || (bytes[0] == 100 && bytes[1] is >= 64 and <= 127);
    }
}
