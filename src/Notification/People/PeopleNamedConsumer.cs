using NetworkingPlatform.Contracts.Ingestion;

namespace NetworkingPlatform.Notification.People;

/// <summary>Keeps the names Ingestion's directory announces; an announcement older than what is kept changes nothing.</summary>
public sealed class PeopleNamedConsumer(IDocumentStore store) : IConsumer<PeopleNamed>
{
    public async Task Consume(ConsumeContext<PeopleNamed> context)
    {
        var named = context.Message;
        await using var session = store.LightweightSession(named.TenantId);
        var known = (await session.LoadManyAsync<Person>(context.CancellationToken, named.People.Select(p => p.Handle).Distinct()))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var person in named.People.Where(p => p.DisplayName is not null))
        {
            if (known.GetValueOrDefault(person.Handle) is not { } kept || kept.NamedAt <= named.OccurredAt)
            {
                session.Store(new Person { Id = person.Handle, DisplayName = person.DisplayName, NamedAt = named.OccurredAt });
            }
        }

        await session.SaveChangesAsync(context.CancellationToken);
    }
}
