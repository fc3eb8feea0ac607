using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.People;

namespace NetworkingPlatform.Ingestion.Messages;

/// <summary>Messages of one request: each message id is taken once per tenant, the first of repeats within the request.</summary>
public sealed class MessagesWork(
    string tenantId,
    IdempotencyRequest? idempotency,
    IReadOnlyList<MessageAccepted> messages,
    IReadOnlyList<PersonSeen> people,
    Func<IReadOnlyList<MessageAccepted>, StoredAnswer> answer) : IntakeWork(tenantId, idempotency, people)
{
    private readonly List<MessageAccepted> unique = messages.DistinctBy(m => m.MessageId, StringComparer.Ordinal).ToList();
    private string[]? keys;

    public override IReadOnlyList<string> Keys => keys ??= [.. unique.Select(m => MessageKeys.KeyOf(m.MessageId))];

    public override (IReadOnlyList<object> Events, StoredAnswer Answer) Complete(IReadOnlySet<string> taken)
    {
        var fresh = unique.Where(m => taken.Contains(MessageKeys.KeyOf(m.MessageId))).ToList();
        return (fresh.Count > 0 ? [new MessagesAccepted(fresh)] : [], answer(fresh));
    }
}
