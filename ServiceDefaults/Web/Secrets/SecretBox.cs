using System.Security.Cryptography;
using System.Text;

namespace NetworkingPlatform.ServiceDefaults.Secrets;

/// <summary>
/// AES-256-GCM under a key derived (HKDF-SHA256) from a configured secret for one purpose, so that one secret can serve
/// several purposes without their keys being related. A sealed value is its random nonce, its tag and the ciphertext.
/// </summary>
public sealed class SecretBox(string secret, string purpose)
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, info: Encoding.UTF8.GetBytes(purpose));

    public byte[] Seal(byte[] plaintext)
    {
        var sealedBytes = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes));
        return sealedBytes;
    }

    /// <exception cref="AuthenticationTagMismatchException">Sealed under another key, or altered.</exception>
    public byte[] Open(byte[] sealedBytes)
    {
        var plaintext = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plaintext);
        return plaintext;
    }
}
