namespace NetworkingPlatform.Mailboxes.Secrets;

/// <summary>One key of a tenant's Data Protection key ring, as its XML element, itself encrypted with the key-encryption key.</summary>
public sealed class StoredKey
{
    public string Id { get; set; } = string.Empty;
    public string Xml { get; set; } = string.Empty;
}
