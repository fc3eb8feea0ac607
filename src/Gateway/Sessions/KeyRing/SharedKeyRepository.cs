using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace NetworkingPlatform.Gateway.Sessions.KeyRing;

/// <summary>
/// The Gateway's Data Protection keys in its schema, so every replica reads the session cookies the others wrote.
/// Data Protection caches the ring and calls this rarely (at the first use, when a key is due, and about daily), hence
/// the synchronous calls its contract requires.
/// </summary>
public sealed class SharedKeyRepository(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        var keys = session.Query<StoredDataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        return [.. keys.Select(key => XElement.Parse(key.Xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new StoredDataProtectionKey { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
