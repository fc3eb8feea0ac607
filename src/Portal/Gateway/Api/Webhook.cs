namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A webhook subscription (Notification /api/v1/webhooks); <see cref="Secret"/> only when created.</summary>
public sealed record Webhook(Guid Id, string Url, IReadOnlyList<string> EventTypes, bool Enabled, DateTimeOffset CreatedAt, string? DisabledReason, string? Secret);
