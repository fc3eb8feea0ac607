namespace NetworkingPlatform.Notification.Webhooks.Targets;

/// <summary>The configured host entries (<see cref="WebhookTargetOptions.Hosts"/>) first, then DNS.</summary>
public sealed class WebhookHostResolver(IOptions<WebhookTargetOptions> options) : IWebhookHostResolver
{
    private readonly Dictionary<string, IPAddress[]> entries = options.Value.Hosts.ToDictionary(
        entry => entry.Key.TrimEnd('.'),
        entry => entry.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(IPAddress.Parse).ToArray(),
        StringComparer.OrdinalIgnoreCase);

    public async Task<IPAddress[]> Resolve(string host, CancellationToken cancellationToken)
    {
        if (entries.TryGetValue(host.TrimEnd('.'), out var addresses))
        {
            return addresses;
        }

        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }
    }
}
