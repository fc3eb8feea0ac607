namespace NetworkingPlatform.ResponseTracking.People;

/// <summary>Keeps the names Ingestion's directory announces; an announcement older than what is kept changes nothing.</summary>
public sealed class PeopleNamedConsumer(IDocumentStore store) : IConsumer<PeopleNamed>
{
    public async Task Consume(ConsumeContext<PeopleNamed> context)
    {
        var named = context.Message;
        await using var session = store.LightweightSession(named.TenantId);
        var known = (await session.LoadManyAsync<Person>(context.CancellationToken, named.People.Select(p => p.Handle).Distinct()))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var person in named.People)
        {
            var kept = known.GetValueOrDefault(person.Handle);
            if (kept is not null && kept.NamedAt > named.OccurredAt)
            {
                continue;
            }

            session.Store(new Person
            {
                Id = person.Handle,
                DisplayName = person.DisplayName ?? kept?.DisplayName,
                Headline = person.Headline ?? kept?.Headline,
                ProfileUrl = person.ProfileUrl ?? kept?.ProfileUrl,
                FirstSeen = kept is null || person.FirstSeen < kept.FirstSeen ? person.FirstSeen : kept.FirstSeen,
                NamedAt = named.OccurredAt,
            });
        }

        await session.SaveChangesAsync(context.CancellationToken);
    }
}
