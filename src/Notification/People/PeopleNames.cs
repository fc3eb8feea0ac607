namespace NetworkingPlatform.Notification.People;

/// <summary>The names texts call people by, as far as the directory knows them; a handle without one is written as itself.</summary>
public sealed class PeopleNames(IReadOnlyDictionary<string, string> names)
{
    public static async Task<PeopleNames> Load(IDocumentStore store, string tenantId, IEnumerable<string> handles, CancellationToken cancellationToken)
    {
        var distinct = handles.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return new PeopleNames(new Dictionary<string, string>());
        }

        await using var session = store.QuerySession(tenantId);
        var people = await session.LoadManyAsync<Person>(cancellationToken, distinct);
        return new PeopleNames(people.Where(p => p.DisplayName is not null).ToDictionary(p => p.Id, p => p.DisplayName!, StringComparer.Ordinal));
    }

    public string Of(string handle) => names.GetValueOrDefault(handle) ?? handle;
}
