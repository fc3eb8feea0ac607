namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string? Target, JsonElement Details);
