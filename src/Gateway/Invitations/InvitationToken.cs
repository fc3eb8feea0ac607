namespace NetworkingPlatform.Gateway.Invitations;

/// <summary>An invitation's token, <c>inv_&lt;invitation id&gt;_&lt;secret&gt;</c>: the id finds it, the secret's SHA-256 proves it.</summary>
public sealed record InvitationToken(string InvitationId, string Secret)
{
    private const string Prefix = "inv";

    public override string ToString() => $"{Prefix}_{InvitationId}_{Secret}";

    public static InvitationToken Generate() =>
        new(Guid.CreateVersion7().ToString("N"), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));

    public static bool TryParse(string? text, out InvitationToken parsed)
    {
        parsed = default!;
        if (text?.Trim().Split('_', 3) is not [Prefix, { Length: > 0 and <= 64 } id, { Length: >= 16 and <= 128 } secret])
        {
            return false;
        }

        parsed = new InvitationToken(id, secret);
        return true;
    }

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret)));

    public bool Matches(string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash()), Encoding.ASCII.GetBytes(storedHash));
}
