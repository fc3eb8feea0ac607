using NetworkingPlatform.ServiceDefaults.Secrets;

namespace NetworkingPlatform.Mailboxes.Secrets;

/// <summary>
/// The 256-bit key every tenant's key ring is encrypted with (AES-GCM), derived from the configured secret. It lives in
/// configuration (the credentials file locally, a secret store in production), never in the database beside the keys.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const int MinimumSecretLength = 32;
    private readonly SecretBox box;

    public KeyEncryptionKey(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < MinimumSecretLength)
        {
            throw new InvalidOperationException(
                $"'Mailboxes:KeyEncryptionKey' must be set to a secret of at least {MinimumSecretLength} characters: it encrypts the keys that protect mailbox passwords.");
        }

        box = new SecretBox(secret, "networkingplatform-mailboxes-key-rings");
    }

    public byte[] Encrypt(byte[] plaintext) => box.Seal(plaintext);

    public byte[] Decrypt(byte[] sealedBytes) => box.Open(sealedBytes);
}
