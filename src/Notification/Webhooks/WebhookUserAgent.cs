namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>Who is calling, for receivers' logs and firewalls: <c>NetworkingPlatform-Webhooks/&lt;version&gt;</c>.</summary>
public static class WebhookUserAgent
{
    public const string ProductName = "NetworkingPlatform-Webhooks";

    public static readonly ProductInfoHeaderValue Product =
        new(ProductName, typeof(WebhookUserAgent).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
}
