using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace NetworkingPlatform.Mailboxes.Secrets;

/// <summary>Reads a key <see cref="KeyRingEncryptor"/> stored; Data Protection creates it by type with its services.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var keyEncryptionKey = (KeyEncryptionKey)services.GetService(typeof(KeyEncryptionKey))!;
        return XElement.Parse(Encoding.UTF8.GetString(keyEncryptionKey.Decrypt(Convert.FromBase64String(encryptedElement.Value))));
    }
}
