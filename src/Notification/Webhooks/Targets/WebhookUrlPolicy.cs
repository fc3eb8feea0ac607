namespace NetworkingPlatform.Notification.Webhooks.Targets;

/// <summary>
/// Which webhook targets a subscription may name: an absolute https URL without credentials whose host resolves only to
/// addresses <see cref="InternalAddresses"/> allows, the rule every delivery is held to again. Plain http only when developing.
/// </summary>
public sealed class WebhookUrlPolicy(IHostEnvironment environment, WebhookTargets targets)
{
    public async Task<string?> Reject(string? url, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "An absolute http(s) URL is required.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The URL must not carry credentials; the signature authenticates the platform.";
        }

        if (uri.Scheme == "http" && !environment.IsDevelopment())
        {
            return "Webhook targets must use https.";
        }

        try
        {
            await targets.Resolve(uri.IdnHost, cancellationToken);
            return null;
        }
        catch (WebhookTargetRefusedException refused) when (refused.Failure == WebhookFailure.Dns)
        {
            return $"The host '{uri.IdnHost}' does not resolve to any address.";
        }
        catch (WebhookTargetRefusedException)
        {
            return $"The host '{uri.IdnHost}' resolves to a private, loopback, link-local or otherwise internal address, which webhooks may not reach.";
        }
    }
}
