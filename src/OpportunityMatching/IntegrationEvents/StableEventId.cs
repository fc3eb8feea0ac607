using System.Security.Cryptography;
using System.Text;

namespace NetworkingPlatform.OpportunityMatching.IntegrationEvents;

/// <summary>One stored event fans out to several integration events; each keeps the same id on every republish.</summary>
public static class StableEventId
{
    public static Guid For(Guid storedEventId, string recipient) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"{storedEventId:N}/{recipient}")));
}
