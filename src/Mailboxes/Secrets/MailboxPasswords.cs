using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace NetworkingPlatform.Mailboxes.Secrets;

/// <summary>
/// Encrypts and decrypts mailbox passwords with ASP.NET Core Data Protection, a key ring per tenant: a tenant's
/// passwords can be read only with its own keys, and its keys only with the key-encryption key from configuration.
/// Each password is bound to its mailbox (the purpose names it), so a ciphertext copied to another mailbox is useless.
/// </summary>
public sealed class MailboxPasswords(IDocumentStore store, KeyEncryptionKey keyEncryptionKey)
{
    private const string ApplicationName = "NetworkingPlatform.Mailboxes";
    private readonly ConcurrentDictionary<string, Lazy<IDataProtectionProvider>> providers = new(StringComparer.Ordinal);

    public string Protect(string tenantId, string mailboxId, string password) => Protector(tenantId, mailboxId).Protect(password);

    public string Unprotect(string tenantId, string mailboxId, string protectedPassword) => Protector(tenantId, mailboxId).Unprotect(protectedPassword);

    private IDataProtector Protector(string tenantId, string mailboxId) =>
        providers.GetOrAdd(tenantId, tenant => new Lazy<IDataProtectionProvider>(() => ProviderFor(tenant)))
            .Value.CreateProtector("mailbox-password", mailboxId);

    private IDataProtectionProvider ProviderFor(string tenantId)
    {
        var services = new ServiceCollection();
        services.AddSingleton(keyEncryptionKey);
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.Configure<KeyManagementOptions>(options =>
        {
            options.XmlRepository = new TenantKeyRepository(store, tenantId);
            options.XmlEncryptor = new KeyRingEncryptor(keyEncryptionKey);
        });
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }
}
