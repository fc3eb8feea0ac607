using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace NetworkingPlatform.Gateway.Sessions.KeyRing;

public static class SharedKeyRingExtensions
{
    private const string ApplicationName = "NetworkingPlatform.Gateway";

    /// <summary>
    /// One Data Protection ring for every Gateway replica, in PostgreSQL, under one application name (by default each
    /// process names itself by its content root, and keeps its keys in its own home folder, which a second pod has not).
    /// </summary>
    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KeyRingSealing>();
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IDocumentStore, KeyRingSealing>((options, store, sealing) =>
        {
            options.XmlRepository = new SharedKeyRepository(store);
            options.XmlEncryptor = new KeyRingEncryptor(sealing);
        });
        return builder;
    }
}
