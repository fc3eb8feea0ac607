using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.People;

namespace NetworkingPlatform.Ingestion.Intake;

/// <summary>
/// What one API request takes in: the keys it claims (each message, invitation or profile version once per tenant)
/// and how the keys it was first to take become events and its answer. Requests that arrive together share one
/// transaction (<see cref="IntakeWriter"/>), so the work is data, not a transaction of its own.
/// </summary>
public abstract class IntakeWork(string tenantId, IdempotencyRequest? idempotency, IReadOnlyList<PersonSeen>? people = null)
{
    public string TenantId { get; } = tenantId;

    public IdempotencyRequest? Idempotency { get; } = idempotency;

    /// <summary>Who the request names (sender and recipients with their names): learnt into the tenant's directory.</summary>
    public IReadOnlyList<PersonSeen> People { get; } = people ?? [];

    /// <summary>The request's trace, recorded with its events so that forwarding joins it.</summary>
    public string? TraceParent { get; } = System.Diagnostics.Activity.Current?.Id;

    /// <summary>The keys to take, each once; the first work of a transaction to name a key takes it.</summary>
    public abstract IReadOnlyList<string> Keys { get; }

    /// <summary>The events for what this work took (none when everything was taken before), and its answer.</summary>
    public abstract (IReadOnlyList<object> Events, StoredAnswer Answer) Complete(IReadOnlySet<string> taken);
}
