namespace NetworkingPlatform.Ingestion.Messages;

/// <summary>A member is keyed by a handle: a profile slug, an email or an internal id, compared without case.</summary>
public static class MemberHandle
{
    public static string Normalize(string handle) => handle.Trim().ToLowerInvariant();
}
