namespace NetworkingPlatform.Gateway.Audit;

public static class AuditActions
{
    public const string ApiKeyCreated = "api-key.created";
    public const string ApiKeyRevoked = "api-key.revoked";
    public const string MemberInvited = "member.invited";
    public const string MemberJoined = "member.joined";
    public const string MemberRemoved = "member.removed";
    public const string WebhookCreated = "webhook.created";
    public const string WebhookChanged = "webhook.changed";
    public const string WebhookRemoved = "webhook.removed";
}
