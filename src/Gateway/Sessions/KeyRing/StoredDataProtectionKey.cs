namespace NetworkingPlatform.Gateway.Sessions.KeyRing;

/// <summary>One key of the Gateway's Data Protection ring, encrypted (<see cref="KeyRingEncryptor"/>).</summary>
public sealed class StoredDataProtectionKey
{
    public string Id { get; set; } = string.Empty;
    public string Xml { get; set; } = string.Empty;
}
