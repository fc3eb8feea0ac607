using NetworkingPlatform.Ingestion.Intake;

namespace NetworkingPlatform.Ingestion.Profiles;

public static class ProfileKeys
{
    /// <summary>Appends the profile unless this exact version was taken before; returns whether it was new.</summary>
    public static async Task<bool> AppendIfNew(this IngestionTransaction transaction, string streamId, MemberProfileTaken profile, CancellationToken cancellationToken)
    {
        var taken = await transaction.TakeNew([KeyOf(profile)], cancellationToken);
        if (taken.Count == 0)
        {
            return false;
        }

        transaction.Session.Events.Append(streamId, profile);
        return true;
    }

    /// <summary>One key per version of a member's profile: the same profile sent again takes nothing.</summary>
    public static string KeyOf(MemberProfileTaken profile) =>
        $"profile:{profile.Member}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(profile))))}";
}
