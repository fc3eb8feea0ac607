using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.Messages;

namespace NetworkingPlatform.Ingestion.People;

/// <summary>
/// The tenant's directory of people (handle → name, headline, profile URL, first seen), fed by everything taken in. A
/// name once known is replaced only by another name, never by nothing; the first sighting is the earliest one.
/// </summary>
public static class PeopleDirectory
{
    public const int MaxNameLength = 200;

    /// <summary>
    /// Learns what <paramref name="seen"/> says, in the transaction that takes it in: changed people are stored and
    /// announced (<see cref="PeopleDirectoryChanged"/> on <paramref name="streamId"/>) when it commits.
    /// </summary>
    public static Task Learn(this IngestionTransaction transaction, string streamId, IEnumerable<PersonSeen> seen, CancellationToken cancellationToken) =>
        Learn(transaction.Session, streamId, seen, cancellationToken);

    /// <summary>The same, through a session's operations for one tenant (a transaction that takes in several tenants' work).</summary>
    public static async Task Learn(IDocumentOperations operations, string streamId, IEnumerable<PersonSeen> seen, CancellationToken cancellationToken)
    {
        var learned = seen
            .Where(p => !string.IsNullOrWhiteSpace(p.Handle))
            .GroupBy(p => MemberHandle.Normalize(p.Handle), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (learned.Count == 0)
        {
            return;
        }

        var known = (await operations.LoadManyAsync<Person>(cancellationToken, learned.Keys))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        var changed = new List<Person>();
        foreach (var (handle, sightings) in learned)
        {
            var before = known.GetValueOrDefault(handle);
            var after = Merge(handle, before, sightings);
            if (before is null || !Same(before, after))
            {
                changed.Add(after);
            }
        }

        if (changed.Count > 0)
        {
            operations.Store<Person>([.. changed]);
            operations.Events.Append(streamId, new PeopleDirectoryChanged(changed));
        }
    }

    public static Person Merge(string handle, Person? before, IReadOnlyList<PersonSeen> sightings)
    {
        // The latest sighting's name wins (people change how they are called); what it does not say is kept.
        var ordered = sightings.OrderBy(s => s.SeenAt).ToList();
        return new Person
        {
            Id = handle,
            DisplayName = ordered.LastOrDefault(s => s.DisplayName is not null)?.DisplayName ?? before?.DisplayName,
            Headline = ordered.LastOrDefault(s => s.Headline is not null)?.Headline ?? before?.Headline,
            ProfileUrl = ordered.LastOrDefault(s => s.ProfileUrl is not null)?.ProfileUrl ?? before?.ProfileUrl,
            FirstSeen = before is null ? ordered[0].SeenAt : Min(before.FirstSeen, ordered[0].SeenAt),
            Emails = [.. (before?.Emails ?? []).Concat(ordered.Select(s => s.Email?.Trim().ToLowerInvariant()).OfType<string>().Where(e => e.Contains('@')))
                .Distinct(StringComparer.Ordinal)],
        };
    }

    private static bool Same(Person a, Person b) =>
        a.DisplayName == b.DisplayName && a.Headline == b.Headline && a.ProfileUrl == b.ProfileUrl && a.FirstSeen == b.FirstSeen
        && a.Emails.SequenceEqual(b.Emails, StringComparer.Ordinal);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
