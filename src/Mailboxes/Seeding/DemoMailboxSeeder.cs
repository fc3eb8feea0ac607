using NetworkingPlatform.Mailboxes.Imap;

namespace NetworkingPlatform.Mailboxes.Seeding;

/// <summary>
/// In development, fills the local Dovecot's demo mailbox with the demo's threads (<see cref="SeedMail"/>) when it is
/// empty, so a member can connect it from the portal. Configured by <c>Seed:DemoMailbox:*</c> (run.sh passes the local
/// test account); without it, nothing happens. Runs beside the service's start, never delaying it.
/// </summary>
public sealed class DemoMailboxSeeder(IConfiguration configuration, ImapConnector connector, TimeProvider clock, ILogger<DemoMailboxSeeder> logger)
    : BackgroundService
{
    public const string Section = "Seed:DemoMailbox";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seed = configuration.GetSection(Section);
        if (seed["Host"] is not { Length: > 0 } host || seed["Password"] is not { Length: > 0 } password
            || seed["UserName"] is not { Length: > 0 } userName || seed["Directory"] is not { Length: > 0 } directory)
        {
            return;
        }

        var settings = new ImapSettings(host, seed.GetValue("Port", 143), TlsModes.None, userName, password);
        try
        {
            using var client = await connector.Connect(settings, stoppingToken);
            var sent = client.GetFolder(SpecialFolder.Sent) ?? throw new InvalidOperationException("The demo mailbox has no sent folder.");
            await client.Inbox.StatusAsync(StatusItems.Count, stoppingToken);
            await sent.StatusAsync(StatusItems.Count, stoppingToken);
            if (client.Inbox.Count > 0 || sent.Count > 0)
            {
                return;
            }

            var appended = await SeedMail.Append(client, directory, clock.GetUtcNow(), stoppingToken);
            logger.LogInformation("Seeded the demo mailbox {UserName} on {Host} with {Count} emails", userName, host, appended);
            await client.DisconnectAsync(quit: true, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The demo mailbox {UserName} on {Host} could not be seeded", userName, host);
        }
    }
}
