using Microsoft.Extensions.Http.Resilience;
using NetworkingPlatform.Mailboxes.Connecting;
using NetworkingPlatform.Mailboxes.Disconnecting;
using NetworkingPlatform.Mailboxes.Getting;
using NetworkingPlatform.Mailboxes.Imap;
using NetworkingPlatform.Mailboxes.Intake;
using NetworkingPlatform.Mailboxes.Linking;
using NetworkingPlatform.Mailboxes.Listing;
using NetworkingPlatform.Mailboxes.People;
using NetworkingPlatform.Mailboxes.Secrets;
using NetworkingPlatform.Mailboxes.Seeding;
using NetworkingPlatform.Mailboxes.Syncing;
using NetworkingPlatform.Mailboxes.Threads;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.OpenApi;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.Mailboxes.Extensions;

public static class MailboxesExtensions
{
    public static IHostApplicationBuilder AddMailboxes(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.Services.AddPlatformOpenApi(
        [
            new ApiTag("Mailboxes", "Members' connected IMAP mailboxes: connected after a tried connection, their sync's progress, disconnected."),
            new ApiTag("Email addresses", "Email addresses linked to the people the directory knows by another handle (a LinkedIn profile slug)."),
        ]);
        var section = builder.Configuration.GetSection(MailboxOptions.Section);
        builder.Services.Configure<MailboxOptions>(section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPlatformMarten(MailboxesSchema.Name, options =>
        {
            options.Schema.For<Mailbox>().Index(m => m.Member);
            options.Storage.ExtendedSchemaObjects.Add(new ThreadKeysTable(MailboxesSchema.Name));
        });
        builder.AddPlatformMessaging(bus => bus.AddConsumer<PeopleNamedConsumer>());

        builder.Services.AddSingleton(new KeyEncryptionKey(section.Get<MailboxOptions>()?.KeyEncryptionKey));
        builder.Services.AddSingleton<MailboxPasswords>();
        builder.Services.AddSingleton<ImapConnector>();
        builder.Services.AddSingleton<ThreadIndex>();
        builder.Services.AddSingleton<MailboxIntake>();
        builder.Services.AddSingleton<FolderSync>();
        builder.Services.AddSingleton<SyncSignal>();
        // A batch of up to 1,000 emails took longer than the defaults' 10-second attempt on a loaded machine, and the retry
        // made Ingestion take the whole batch a second time. An attempt now has as long as a batch needs; the batch's
        // Idempotency-Key still makes a real retry answer like the first attempt.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers: the documented way to replace the defaults' handler.
        builder.Services.AddHttpClient<IngestionIntake>((services, http) =>
                http.BaseAddress = new Uri(services.GetRequiredService<IOptions<MailboxOptions>>().Value.IngestionUrl))
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options =>
            {
                options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(3);
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(2);
            });
#pragma warning restore EXTEXP0001
        builder.Services.AddHostedService<MailboxSyncWorker>();
        builder.Services.AddHostedService<DemoMailboxSeeder>();
        return builder;
    }

    public static WebApplication MapMailboxEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapConnectMailbox();
        app.MapListMailboxes();
        app.MapGetMailbox();
        app.MapDisconnectMailbox();
        app.MapLinkAddress();
        return app;
    }
}
