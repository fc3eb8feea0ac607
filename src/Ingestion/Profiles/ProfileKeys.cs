using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetworkingPlatform.Ingestion.Intake;

namespace NetworkingPlatform.Ingestion.Profiles;

public static class ProfileKeys
{
    /// <summary>Appends the profile unless this exact version was taken before; returns whether it was new.</summary>
    public static async Task<bool> AppendIfNew(this IngestionTransaction transaction, string streamId, MemberProfileTaken profile, CancellationToken cancellationToken)
    {
        var key = $"profile:{profile.Member}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(profile))))}";
        var taken = await transaction.TakeNew([key], cancellationToken);
        if (taken.Count == 0)
        {
            return false;
        }

        transaction.Session.Events.Append(streamId, profile);
        return true;
    }
}
