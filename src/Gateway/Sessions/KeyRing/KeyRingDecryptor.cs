using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace NetworkingPlatform.Gateway.Sessions.KeyRing;

/// <summary>Opens what <see cref="KeyRingEncryptor"/> sealed; Data Protection creates it by type, from the services.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(Encoding.UTF8.GetString(services.GetRequiredService<KeyRingSealing>().Open(Convert.FromBase64String(encryptedElement.Value))));
}
