using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Intake;

namespace NetworkingPlatform.Ingestion.Invitations;

/// <summary>An invitation in its current state (pending, or accepted at a time): each state is taken once.</summary>
public sealed class InvitationWork(string tenantId, IdempotencyRequest? idempotency, TakenInvitation invitation, Func<bool, StoredAnswer> answer)
    : IntakeWork(tenantId, idempotency)
{
    public override IReadOnlyList<string> Keys => [InvitationKeys.KeyOf(invitation)];

    public override (IReadOnlyList<object> Events, StoredAnswer Answer) Complete(IReadOnlySet<string> taken)
    {
        var isNew = taken.Count > 0;
        return (isNew ? [new InvitationsTaken([invitation])] : [], answer(isNew));
    }
}
