using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace NetworkingPlatform.Gateway.Sessions.KeyRing;

/// <summary>
/// Seals each key of the ring before it is stored, with a key derived from the platform's signing key: the database
/// alone does not give what signs the Gateway's cookies. Rotating the signing key makes the stored ring unreadable, so
/// every browser signs in again.
/// </summary>
public sealed class KeyRingEncryptor(KeyRingSealing sealing) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement("sealedKey", Convert.ToBase64String(sealing.Seal(Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting))))),
            typeof(KeyRingDecryptor));
}
