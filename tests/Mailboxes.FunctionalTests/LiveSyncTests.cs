extern alias mailboxes;
using System.Diagnostics;
using NetworkingPlatform.Contracts.Ingestion;
using EmailIds = mailboxes::NetworkingPlatform.Mailboxes.Threads.EmailIds;

namespace NetworkingPlatform.Mailboxes.FunctionalTests;

[Collection(MailPlatformCollection.Name)]
public sealed class LiveSyncTests(MailPlatform platform)
{
    private const string Me = "ines@consultora.test";

    [Fact]
    public async Task A_new_message_shows_as_a_wait_within_five_seconds_through_idle()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var mailbox = new TestMailbox(platform.MailServer);
        await mailbox.Append("INBOX", TestMailbox.Email("ana@cliente.test", Me, "Hola", "Gracias por la reunión.", "<hola@cliente.test>", DateTimeOffset.UtcNow.AddDays(-2)));
        var mailboxes = platform.MailboxesClient(tenant);
        var live = await mailboxes.WaitUntil((await mailboxes.Connect(mailbox.ConnectRequest("ines", Me))).Id,
            view => view.Sync.Phase == "live" && view.Sync.Watching == "idle", what: "the mailbox watching its folders with IDLE");
        Assert.Equal(1, live.Sync.FirstSync.Found);

        var clock = Stopwatch.StartNew();
        await mailbox.Append("INBOX", TestMailbox.Email("luis@cliente.test", Me, "¿Nos vemos el jueves?", "¿Te sirve el jueves a las 10?", "<jueves@cliente.test>", DateTimeOffset.UtcNow));
        var status = await platform.ResponseTrackingClient(tenant).ConversationWhen(EmailIds.ConversationId("jueves@cliente.test"),
            s => s.AwaitingReplyFrom().Contains("ines"), TimeSpan.FromSeconds(5));

        Assert.True(clock.Elapsed <= TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal("awaiting-reply", status.State());
        var ingested = platform.Bus.Received<MessageIngested>().Single(m => m.TenantId == tenant && m.MessageId == EmailIds.MessageIdOf("jueves@cliente.test"));
        Assert.False(ingested.IsHistory);
        Assert.Equal("email", ingested.Channel);
    }

    [Fact]
    public async Task A_restart_resumes_where_it_stopped_losing_nothing_and_taking_nothing_twice()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var mailbox = new TestMailbox(platform.MailServer);
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        await mailbox.Append("INBOX", TestMailbox.Email("ana@cliente.test", Me, "Propuesta", "¿Revisaste la propuesta?", "<p1@cliente.test>", at));
        await mailbox.Append("Sent", TestMailbox.Email(Me, "ana@cliente.test", "Re: Propuesta", "Sí, te escribo mañana con comentarios.", "<p2@consultora.test>", at.AddHours(1), "<p1@cliente.test>"));
        var id = (await platform.MailboxesClient(tenant).Connect(mailbox.ConnectRequest("ines", Me))).Id;
        await platform.MailboxesClient(tenant).WaitUntilLive(id);

        await platform.StopMailboxes();
        await mailbox.Append("INBOX", TestMailbox.Email("ana@cliente.test", Me, "Re: Propuesta", "¿Y los comentarios?", "<p3@cliente.test>", DateTimeOffset.UtcNow.AddMinutes(-5), "<p2@consultora.test>"));
        await mailbox.Append("INBOX", TestMailbox.Email("luis@cliente.test", Me, "Factura", "¿Me reenvías la factura de octubre?", "<f1@cliente.test>", DateTimeOffset.UtcNow.AddMinutes(-4)));
        platform.StartMailboxes();

        var mailboxes = platform.MailboxesClient(tenant);
        var synced = await mailboxes.WaitUntil(id, view => view.Sync.Taken == 4 && view.Sync.Watching is not null, what: "the four emails taken after the restart");
        Assert.Equal(0, synced.Sync.Duplicates);
        var responseTracking = platform.ResponseTrackingClient(tenant);
        var proposal = await responseTracking.ConversationWhen(EmailIds.ConversationId("p1@cliente.test"), s => s.MessageCount() == 3);
        Assert.Equal(["ines"], proposal.AwaitingReplyFrom());
        await responseTracking.ConversationWhen(EmailIds.ConversationId("f1@cliente.test"), s => s.AwaitingReplyFrom().Contains("ines"));
        var ingested = platform.Bus.Received<MessageIngested>().Where(m => m.TenantId == tenant).ToList();
        Assert.Equal(4, ingested.Count);
        Assert.Equal(4, ingested.Select(m => m.MessageId).Distinct().Count());
    }
}
