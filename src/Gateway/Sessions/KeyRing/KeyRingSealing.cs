using NetworkingPlatform.ServiceDefaults.Secrets;

namespace NetworkingPlatform.Gateway.Sessions.KeyRing;

/// <summary>The Data Protection key ring sealed under a key derived from the platform's signing key, for this one purpose.</summary>
public sealed class KeyRingSealing(IConfiguration configuration)
{
    private readonly SecretBox box = new(configuration[PlatformIdentity.SigningKeySetting] ?? string.Empty, "networkingplatform-gateway-data-protection-key-ring");

    public byte[] Seal(byte[] plaintext) => box.Seal(plaintext);

    public byte[] Open(byte[] sealedBytes) => box.Open(sealedBytes);
}
