using MassTransit;
using Microsoft.Extensions.Logging;

namespace NetworkingPlatform.Ingestion.People;

/// <summary>Publishes each committed <see cref="PeopleDirectoryChanged"/> as <see cref="PeopleNamed"/>.</summary>
public sealed class PeopleDirectoryForwarder(IBusControl bus, ILogger<PeopleDirectoryForwarder> logger)
    : CommittedEventForwarder<PeopleDirectoryChanged, PeopleNamed>(bus, logger, "people-directory-forwarder", "forward people-directory-changed")
{
    protected override PeopleNamed ToMessage(IEvent<PeopleDirectoryChanged> stored) =>
        new(stored.Id, stored.TenantId, stored.Timestamp,
            [.. stored.Data.People.Select(p => new NamedPerson(p.Id, p.DisplayName, p.Headline, p.ProfileUrl, p.FirstSeen, p.Emails.Count > 0 ? p.Emails : null))]);
}
