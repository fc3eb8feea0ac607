namespace NetworkingPlatform.Mailboxes.People;

/// <summary>
/// Turns email addresses into the handles conversations are kept by: the member's own addresses into the member, an
/// address linked to a person (<see cref="AddressLink"/>) into that person's handle, any other address into itself.
/// </summary>
public sealed class AddressBook(string member, IReadOnlySet<string> memberAddresses, IReadOnlyDictionary<string, string> links)
{
    public static async Task<AddressBook> Load(IQuerySession session, string member, IReadOnlySet<string> memberAddresses,
        IEnumerable<MailboxAddress> addresses, CancellationToken cancellationToken)
    {
        var wanted = addresses.Select(Normalize).Where(a => a.Length > 0 && !memberAddresses.Contains(a)).Distinct(StringComparer.Ordinal).ToArray();
        var links = wanted.Length == 0 ? [] : await session.LoadManyAsync<AddressLink>(cancellationToken, wanted);
        return new AddressBook(member, memberAddresses, links.ToDictionary(l => l.Id, l => l.Handle, StringComparer.Ordinal));
    }

    public static string Normalize(MailboxAddress address) => Normalize(address.Address);

    public static string Normalize(string? address) => (address ?? string.Empty).Trim().ToLowerInvariant();

    public bool IsMember(MailboxAddress address) => memberAddresses.Contains(Normalize(address));

    public string HandleOf(MailboxAddress address)
    {
        var normalized = Normalize(address);
        return memberAddresses.Contains(normalized) ? member : links.GetValueOrDefault(normalized) ?? normalized;
    }
}
