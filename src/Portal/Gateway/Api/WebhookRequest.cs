namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A webhook to subscribe (POST /api/v1/webhooks).</summary>
public sealed record WebhookRequest(string? Url, IReadOnlyList<string> EventTypes);
