namespace NetworkingPlatform.Mailboxes.Secrets;

/// <summary>
/// The 256-bit key every tenant's key ring is encrypted with (AES-GCM), derived from the configured secret. It lives in
/// configuration (the credentials file locally, a secret store in production), never in the database beside the keys.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const int MinimumSecretLength = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] key;

    public KeyEncryptionKey(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < MinimumSecretLength)
        {
            throw new InvalidOperationException(
                $"'Mailboxes:KeyEncryptionKey' must be set to a secret of at least {MinimumSecretLength} characters: it encrypts the keys that protect mailbox passwords.");
        }

        key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, info: "networkingplatform-mailboxes-key-rings"u8.ToArray());
    }

    public byte[] Encrypt(byte[] plaintext)
    {
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize));
        return sealedBytes;
    }

    public byte[] Decrypt(byte[] sealedBytes)
    {
        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plaintext);
        return plaintext;
    }
}
