using System.Security.Cryptography;
using System.Text;
using NetworkingPlatform.Mailboxes.Secrets;

namespace NetworkingPlatform.Mailboxes.Tests;

/// <summary>The key that seals every tenant's key ring: only the same secret opens what it sealed, and only unaltered.</summary>
public sealed class KeyEncryptionKeyTests
{
    private const string Secret = "a-configured-secret-of-at-least-32-characters";

    [Fact]
    public void What_it_seals_opens_with_the_same_secret_and_differs_each_time()
    {
        var plaintext = Encoding.UTF8.GetBytes("a tenant's key ring");
        var first = new KeyEncryptionKey(Secret).Encrypt(plaintext);
        var second = new KeyEncryptionKey(Secret).Encrypt(plaintext);

        Assert.NotEqual(first, second);
        Assert.Equal(plaintext, new KeyEncryptionKey(Secret).Decrypt(first));
        Assert.Equal(plaintext, new KeyEncryptionKey(Secret).Decrypt(second));
    }

    /// <summary>
    /// Key rings sealed before the sealing moved to <c>SecretBox</c> must still open: the layout (nonce, tag, ciphertext)
    /// and the derivation (HKDF-SHA256 of the secret, no salt, the purpose as info) are pinned by a value sealed outside
    /// .NET with Python's <c>cryptography</c> (nonce 00..0b).
    /// </summary>
    [Fact]
    public void A_value_sealed_by_the_documented_construction_opens() =>
        Assert.Equal(
            "a tenant's key ring",
            Encoding.UTF8.GetString(new KeyEncryptionKey(Secret).Decrypt(Convert.FromBase64String("AAECAwQFBgcICQoLHOhH0l1Ew8GG0iULSowauFXtLGi0K/sWPnUbxEuQGlHuTuA="))));

    [Fact]
    public void Another_secret_cannot_open_it() =>
        Assert.ThrowsAny<CryptographicException>(() =>
            new KeyEncryptionKey(Secret + "-rotated").Decrypt(new KeyEncryptionKey(Secret).Encrypt([1, 2, 3])));

    [Fact]
    public void An_altered_byte_is_refused()
    {
        var sealedBytes = new KeyEncryptionKey(Secret).Encrypt([1, 2, 3]);
        sealedBytes[^1] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => new KeyEncryptionKey(Secret).Decrypt(sealedBytes));
    }

    [Fact]
    public void A_short_secret_is_refused_at_start() =>
        Assert.Throws<InvalidOperationException>(() => new KeyEncryptionKey(new string('k', KeyEncryptionKey.MinimumSecretLength - 1)));
}
