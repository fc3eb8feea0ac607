using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace NetworkingPlatform.Mailboxes.Secrets;

/// <summary>Encrypts each key of a tenant's ring before it is stored (see <see cref="KeyEncryptionKey"/>).</summary>
public sealed class KeyRingEncryptor(KeyEncryptionKey keyEncryptionKey) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var sealedBytes = keyEncryptionKey.Encrypt(Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)));
        return new EncryptedXmlInfo(new XElement("encryptedKey", Convert.ToBase64String(sealedBytes)), typeof(KeyRingDecryptor));
    }
}
