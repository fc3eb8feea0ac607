namespace NetworkingPlatform.Gateway.Sessions.KeyRing;

/// <summary>AES-256-GCM under a key derived (HKDF-SHA256) from the platform's signing key, for this one purpose.</summary>
public sealed class KeyRingSealing(IConfiguration configuration)
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("networkingplatform-gateway-data-protection-key-ring");

    private readonly byte[] key = HKDF.DeriveKey(
        HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(configuration[PlatformIdentity.SigningKeySetting] ?? string.Empty), 32, info: Purpose);

    public byte[] Seal(byte[] plaintext)
    {
        var sealedBytes = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes));
        return sealedBytes;
    }

    public byte[] Open(byte[] sealedBytes)
    {
        var plaintext = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plaintext);
        return plaintext;
    }
}
