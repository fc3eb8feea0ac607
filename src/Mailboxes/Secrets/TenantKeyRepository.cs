using Microsoft.AspNetCore.DataProtection.Repositories;

namespace NetworkingPlatform.Mailboxes.Secrets;

/// <summary>
/// A tenant's Data Protection key ring, kept in this service's schema under the tenant (conjoined tenancy), so every
/// replica reads the same keys and no tenant's ring holds another's. Data Protection caches the ring and calls this
/// rarely (at the first use and when a key is due), hence the synchronous calls it requires.
/// </summary>
public sealed class TenantKeyRepository(IDocumentStore store, string tenantId) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession(tenantId);
        // Marten 9 reads only asynchronously; Data Protection asks synchronously and caches what it gets.
        var keys = session.Query<StoredKey>().ToListAsync().GetAwaiter().GetResult();
        return [.. keys.Select(key => XElement.Parse(key.Xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession(tenantId);
        session.Store(new StoredKey { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        // Data Protection's repository contract is synchronous; this runs when a key is created, about every 90 days.
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
