namespace NetworkingPlatform.Notification.Webhooks.Targets;

/// <summary>Finds the addresses of a webhook target's host name.</summary>
public interface IWebhookHostResolver
{
    /// <summary>The host's addresses; none when the name does not resolve.</summary>
    Task<IPAddress[]> Resolve(string host, CancellationToken cancellationToken);
}
