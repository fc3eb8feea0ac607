extern alias mailboxes;
using System.Net;
using System.Text.Json;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.TestServers;
using EmailIds = mailboxes::NetworkingPlatform.Mailboxes.Threads.EmailIds;

namespace NetworkingPlatform.Mailboxes.FunctionalTests;

[Collection(MailPlatformCollection.Name)]
public sealed class FirstSyncTests(MailPlatform platform)
{
    [Fact]
    public async Task The_first_sync_reproduces_the_seeded_threads_statuses_as_history()
    {
        var expected = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryPaths.Seed("email", "expected.json"))).RootElement;
        var member = expected.GetProperty("member").GetString()!;
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var mailbox = new TestMailbox(platform.MailServer);
        var seeded = await mailbox.Seed(RepositoryPaths.Seed("email"));
        var mailboxes = platform.MailboxesClient(tenant);
        var responseTracking = platform.ResponseTrackingClient(tenant);

        var connected = await mailboxes.Connect(mailbox.ConnectRequest(member, expected.GetProperty("userName").GetString()!));
        Assert.Equal(["inbox", "sent"], connected.Folders.Select(f => f.Role));
        Assert.Equal(["INBOX", "Sent"], connected.Folders.Select(f => f.Name));

        var synced = await mailboxes.WaitUntilLive(connected.Id);
        var notTracked = expected.GetProperty("notTracked");
        Assert.Equal(seeded, synced.Sync.FirstSync.Found);
        Assert.Equal(seeded, synced.Sync.FirstSync.Read);
        Assert.Equal(100, synced.Sync.FirstSync.Percent);
        Assert.Equal(notTracked.GetProperty("autoReplies").GetInt32(), synced.Sync.NotTracked.AutoReplies);
        Assert.Equal(notTracked.GetProperty("lists").GetInt32(), synced.Sync.NotTracked.Lists);
        Assert.Equal(notTracked.GetProperty("noReply").GetInt32(), synced.Sync.NotTracked.NoReply);
        Assert.Equal(0, synced.Sync.NotTracked.Refused);
        Assert.Equal(seeded - 3, synced.Sync.Taken);
        Assert.Equal("idle", synced.Sync.Watching);

        foreach (var thread in expected.GetProperty("threads").EnumerateArray())
        {
            var conversation = EmailIds.ConversationId(thread.GetProperty("root").GetString()!);
            var awaited = thread.GetProperty("awaitingReplyFrom").EnumerateArray().Select(a => a.GetString()!).Order().ToArray();
            var status = await responseTracking.ConversationWhen(conversation, s => s.MessageCount() == thread.GetProperty("messages").GetInt32());
            Assert.True(thread.GetProperty("state").GetString() == status.State() && awaited.SequenceEqual(status.AwaitingReplyFrom()),
                $"{thread.GetProperty("root")}: expected {thread.GetProperty("state")} awaiting [{string.Join(", ", awaited)}], got {status}");
        }

        // The first sync is history: recorded like live mail, announced to nobody.
        var ingested = platform.Bus.Received<MessageIngested>().Where(m => m.TenantId == tenant).ToList();
        Assert.Equal(seeded - 3, ingested.Count);
        Assert.All(ingested, m => Assert.True(m.IsHistory && m.Channel == "email"));
    }

    [Fact]
    public async Task Auto_replies_newsletters_and_no_reply_senders_are_counted_not_tracked()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var mailbox = new TestMailbox(platform.MailServer);
        var at = DateTimeOffset.UtcNow.AddDays(-3);
        var me = "ines@consultora.test";
        var mail = new[]
        {
            TestMailbox.Email("ana@cliente.test", me, "¿Podemos hablar el lunes?", "Hola Inés, ¿podemos hablar el lunes?", "<q1@cliente.test>", at),
            TestMailbox.Email("ana@cliente.test", me, "Re: Propuesta", "Estoy de vacaciones hasta el lunes. ¿Urgente?", "<auto1@cliente.test>", at.AddHours(1),
                null, ("Auto-Submitted", "auto-replied")),
            TestMailbox.Email("luis@cliente.test", me, "Out of Office: Proposal", "I am away. Can it wait?", "<auto2@cliente.test>", at.AddHours(2)),
            TestMailbox.Email("news@revista.test", me, "Newsletter: ¿qué leer este mes?", "¿Qué leer este mes? Cinco libros.", "<news1@revista.test>", at.AddHours(3),
                null, ("List-Unsubscribe", "<mailto:baja@revista.test>")),
            TestMailbox.Email("ofertas@tienda.test", me, "¿Viste estas ofertas?", "¿Viste estas ofertas?", "<bulk1@tienda.test>", at.AddHours(4),
                null, ("Precedence", "bulk")),
            TestMailbox.Email("noreply@banco.test", me, "Your statement", "Do you have questions? Call us.", "<noreply1@banco.test>", at.AddHours(5)),
        };
        foreach (var message in mail)
        {
            await mailbox.Append("INBOX", message);
        }

        var mailboxes = platform.MailboxesClient(tenant);
        var connected = await mailboxes.Connect(mailbox.ConnectRequest("ines", me));
        var synced = await mailboxes.WaitUntilLive(connected.Id);

        Assert.Equal(1, synced.Sync.Taken);
        Assert.Equal(2, synced.Sync.NotTracked.AutoReplies);
        Assert.Equal(2, synced.Sync.NotTracked.Lists);
        Assert.Equal(1, synced.Sync.NotTracked.NoReply);
        var responseTracking = platform.ResponseTrackingClient(tenant);
        var question = await responseTracking.ConversationWhen(EmailIds.ConversationId("q1@cliente.test"), _ => true);
        Assert.Equal(["ines"], question.AwaitingReplyFrom());
        foreach (var root in new[] { "auto1@cliente.test", "auto2@cliente.test", "news1@revista.test", "bulk1@tienda.test", "noreply1@banco.test" })
        {
            Assert.Null(await responseTracking.Conversation(EmailIds.ConversationId(root)));
        }
    }

    [Fact]
    public async Task Mail_older_than_the_window_is_not_taken()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var mailbox = new TestMailbox(platform.MailServer);
        var me = "ines@consultora.test";
        await mailbox.Append("INBOX", TestMailbox.Email("ana@cliente.test", me, "Old", "¿Sigue en pie?", "<old@cliente.test>", DateTimeOffset.UtcNow.AddDays(-400)));
        await mailbox.Append("INBOX", TestMailbox.Email("ana@cliente.test", me, "New", "¿Sigue en pie?", "<new@cliente.test>", DateTimeOffset.UtcNow.AddDays(-10)));

        var mailboxes = platform.MailboxesClient(tenant);
        var synced = await mailboxes.WaitUntilLive((await mailboxes.Connect(mailbox.ConnectRequest("ines", me))).Id);

        Assert.Equal(1, synced.Sync.FirstSync.Found);
        Assert.Equal(1, synced.Sync.Taken);
        await platform.ResponseTrackingClient(tenant).ConversationWhen(EmailIds.ConversationId("new@cliente.test"), _ => true);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.ResponseTrackingClient(tenant).GetAsync($"/api/v1/conversations/{EmailIds.ConversationId("old@cliente.test")}")).StatusCode);
    }
}
