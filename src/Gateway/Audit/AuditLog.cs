using NetworkingPlatform.Gateway.Sessions;

namespace NetworkingPlatform.Gateway.Audit;

/// <summary>Adds audit entries to the session of the change they record, so an entry exists exactly when the change does.</summary>
public sealed class AuditLog(TimeProvider clock)
{
    public void Record(IDocumentSession session, ClaimsPrincipal actor, string tenantId, string action, string target, string? details = null) =>
        session.Store(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            At = clock.GetUtcNow(),
            Actor = ActorOf(actor),
            Action = action,
            Target = target,
            Details = details,
        });

    public static string ActorOf(ClaimsPrincipal actor)
    {
        var subject = actor.FindFirst(PlatformIdentity.SubjectClaim)?.Value ?? "anonymous";
        return actor.FindFirst(SessionClaims.NameClaim)?.Value is { } name ? $"{name} ({subject})" : subject;
    }
}
