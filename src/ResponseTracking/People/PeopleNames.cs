namespace NetworkingPlatform.ResponseTracking.People;

/// <summary>The names to show handles by, as far as the directory knows them; a handle without one is shown as itself.</summary>
public sealed class PeopleNames(IReadOnlyDictionary<string, string> names)
{
    public static async Task<PeopleNames> Load(IQuerySession session, IEnumerable<string> handles, CancellationToken cancellationToken)
    {
        var distinct = handles.Distinct(StringComparer.Ordinal).ToArray();
        var people = distinct.Length == 0 ? [] : await session.LoadManyAsync<Person>(cancellationToken, distinct);
        return new PeopleNames(people.Where(p => p.DisplayName is not null).ToDictionary(p => p.Id, p => p.DisplayName!, StringComparer.Ordinal));
    }

    public string Of(string handle) => names.GetValueOrDefault(handle) ?? handle;

    public IReadOnlyList<string> Of(IEnumerable<string> handles) => [.. handles.Select(Of)];

    /// <summary>
    /// A conversation shown by its subject when it has one, else by the people in it other than <paramref name="viewer"/>
    /// ("Vella Leannon", "Ana García, Luis Pérez and 2 more").
    /// </summary>
    public string Title(string? subject, IEnumerable<string> participants, string? viewer)
    {
        if (!string.IsNullOrWhiteSpace(subject))
        {
            return subject.Trim();
        }

        var others = participants.Where(p => p != viewer).Select(Of).ToList();
        return others.Count <= 3 ? string.Join(", ", others) : $"{string.Join(", ", others.Take(3))} +{others.Count - 3}";
    }
}
