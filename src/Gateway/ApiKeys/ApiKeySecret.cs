namespace NetworkingPlatform.Gateway.ApiKeys;

/// <summary>
/// The text form of a key is <c>np_&lt;key id&gt;_&lt;secret&gt;</c>: the id finds the stored key, the secret is
/// compared by its SHA-256 hash in constant time. Secrets are long and random, so a fast hash is enough.
/// </summary>
public sealed record ApiKeySecret(string KeyId, string Secret)
{
    private const string Prefix = "np";
    private const int SecretBytes = 32;

    public override string ToString() => $"{Prefix}_{KeyId}_{Secret}";

    public static bool TryParse(string? text, out ApiKeySecret parsed)
    {
        parsed = default!;
        var parts = text?.Trim().Split('_', 3);
        if (parts is not [Prefix, { Length: > 0 } keyId, { Length: >= 16 } secret])
        {
            return false;
        }

        parsed = new ApiKeySecret(keyId, secret);
        return true;
    }

    public static ApiKeySecret Generate(string keyId) =>
        new(keyId, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes)));

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret)));

    public bool Matches(string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash()), Encoding.ASCII.GetBytes(storedHash));
}
