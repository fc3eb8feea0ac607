using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;

namespace NetworkingPlatform.Mailboxes.People;

/// <summary>
/// Learns from Ingestion's directory which email addresses belong to people known by another handle (an import's
/// Connections file gives a connection's address beside their profile). What the member said stays as they said it.
/// </summary>
public sealed class PeopleNamedConsumer(IDocumentStore store) : IConsumer<PeopleNamed>
{
    public async Task Consume(ConsumeContext<PeopleNamed> context)
    {
        var named = context.Message;
        var addresses = named.People
            .SelectMany(p => (p.Emails ?? []).Select(email => (Address: AddressBook.Normalize(email), p.Handle)))
            .Where(pair => pair.Address.Length > 0 && pair.Address != pair.Handle)
            .DistinctBy(pair => pair.Address)
            .ToList();
        if (addresses.Count == 0)
        {
            return;
        }

        await using var session = store.LightweightSession(named.TenantId);
        var known = (await session.LoadManyAsync<AddressLink>(context.CancellationToken, addresses.Select(a => a.Address)))
            .ToDictionary(l => l.Id, StringComparer.Ordinal);
        foreach (var (address, handle) in addresses)
        {
            if (known.GetValueOrDefault(address) is { Source: AddressLink.ByMember })
            {
                continue;
            }

            session.Store(new AddressLink { Id = address, Handle = handle, Source = AddressLink.ByImport, LinkedAt = named.OccurredAt });
        }

        await session.SaveChangesAsync(context.CancellationToken);
    }
}
