using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.People;

namespace NetworkingPlatform.Ingestion.Profiles;

/// <summary>A version of a member's profile: the same profile sent again takes nothing.</summary>
public sealed class ProfileWork(
    string tenantId, IdempotencyRequest? idempotency, MemberProfileTaken profile, IReadOnlyList<PersonSeen> people, Func<bool, StoredAnswer> answer)
    : IntakeWork(tenantId, idempotency, people)
{
    public override IReadOnlyList<string> Keys => [ProfileKeys.KeyOf(profile)];

    public override (IReadOnlyList<object> Events, StoredAnswer Answer) Complete(IReadOnlySet<string> taken)
    {
        var isNew = taken.Count > 0;
        return (isNew ? [profile] : [], answer(isNew));
    }
}
