extern alias mailboxes;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using MailKit;
using NetworkingPlatform.Platform.Load;
using NetworkingPlatform.TestServers;
using EmailIds = mailboxes::NetworkingPlatform.Mailboxes.Threads.EmailIds;
using MailboxView = mailboxes::NetworkingPlatform.Mailboxes.MailboxView;

namespace NetworkingPlatform.Platform.Bench;

/// <summary>
/// A member's mailbox connected and watched the way an integrator or the portal does it: through the Gateway, with an
/// API key of a tenant signed up for it. Each mailbox is a fresh Dovecot user filled with fictional threads.
/// </summary>
public sealed class GatewayMailboxSync(HttpClient gateway, LocalMailServer mail, PlatformRecords records, TimeSpan timeout)
{
    private const string Member = "ines";
    private const int KeysPerTenant = 8;
    private static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(50);
    private readonly List<string> users = [];

    public async Task<SyncedMailbox> FirstSync(string name, int messages, ProcessCpu? cpu)
    {
        var tenant = (await TenantSetup.SignUp(gateway.BaseAddress!, name, 1, KeysPerTenant, membersPerTenant: 1, CancellationToken.None))[0];
        var user = mail.NewUserName();
        users.Add(user);
        using (var client = await mail.Connect(user))
        {
            messages = await FictionalMailbox.Fill(client, messages, DateTimeOffset.UtcNow, CancellationToken.None);
            await client.DisconnectAsync(true);
        }

        if (cpu is not null)
        {
            await cpu.Start();
        }

        var clock = Stopwatch.StartNew();
        using var connect = GatewayRequests.Post("/api/v1/mailboxes", JsonSerializer.SerializeToUtf8Bytes(new
        {
            member = Member, address = FictionalMailbox.MemberAddress, host = mail.Host, port = mail.Port, tls = "none", userName = user, password = mail.Password,
        }, JsonSerializerOptions.Web), tenant.NextKey(), $"{name}-connect");
        using var connected = await gateway.SendAsync(connect);
        var body = await connected.Content.ReadAsStringAsync();
        if (!connected.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Connecting the mailbox answered {(int)connected.StatusCode}: {body}");
        }

        var id = JsonSerializer.Deserialize<MailboxView>(body, JsonSerializerOptions.Web)!.Id;
        var live = await Until(tenant, id, view => view.Sync.Phase == "live");
        var liveSeconds = clock.Elapsed.TotalSeconds;
        var deadline = Stopwatch.StartNew();
        while (await records.RecordedMessages([tenant.Id], CancellationToken.None) < messages && deadline.Elapsed < timeout)
        {
            await Task.Delay(LookEvery);
        }

        var recordedSeconds = clock.Elapsed.TotalSeconds;
        IReadOnlyList<(string Group, double Seconds)> used = cpu is null ? [] : await cpu.Stop();
        return new SyncedMailbox(tenant, id, user, messages, live.Sync.FirstSync.Read, live.Sync.Taken, liveSeconds, recordedSeconds, used);
    }

    /// <summary>Appends new questions one at a time and times each until the Gateway shows its conversation waiting on the member.</summary>
    public async Task<WaitLatencies> NewEmailsAsWaits(SyncedMailbox mailbox, int count, TimeSpan spacing)
    {
        await Until(mailbox.Tenant, mailbox.Id, view => view.Sync.Watching == "idle");
        using var client = await mail.Connect(mailbox.User);
        var waits = new List<Task<double?>>(count);
        for (var i = 0; i < count; i++)
        {
            var question = FictionalMailbox.NewQuestion(i, DateTimeOffset.UtcNow);
            var clock = Stopwatch.StartNew();
            await client.Inbox.AppendAsync(new AppendRequest(question, MessageFlags.None, question.Date));
            waits.Add(WaitingOnMember(mailbox.Tenant, EmailIds.ConversationId(question.MessageId!), clock));
            await Task.Delay(spacing);
        }

        await client.DisconnectAsync(true);
        return WaitLatencies.Of(await Task.WhenAll(waits));
    }

    /// <summary>What is wrong, or null: every email of the sync read, taken and recorded once, and so every new one.</summary>
    public async Task<string?> Verdict(SyncedMailbox mailbox, int newMessages)
    {
        if (mailbox.Read != mailbox.Messages || mailbox.Taken != mailbox.Messages)
        {
            return $"FAILED: the first sync read {mailbox.Read:N0} and took {mailbox.Taken:N0} of {mailbox.Messages:N0} emails.";
        }

        var expected = mailbox.Messages + newMessages;
        var deadline = Stopwatch.StartNew();
        var counts = await records.RecordedCounts([mailbox.Tenant.Id], CancellationToken.None);
        while (counts.Count < expected && deadline.Elapsed < timeout)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            counts = await records.RecordedCounts([mailbox.Tenant.Id], CancellationToken.None);
        }

        var doubled = counts.Count(c => c.Value > 1);
        return counts.Count == expected && doubled == 0
            ? null
            : $"FAILED: ResponseTracking recorded {counts.Count:N0} of {expected:N0} emails, {doubled:N0} of them more than once.";
    }

    /// <summary>The benchmark's Dovecot users are left empty: their mail would only fill the disk.</summary>
    public async Task EmptyMailboxes()
    {
        foreach (var user in users)
        {
            await mail.Empty(user);
        }
    }

    private async Task<double?> WaitingOnMember(LoadTenant tenant, string conversationId, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            using var response = await gateway.SendAsync(GatewayRequests.Get(GatewayRequests.ConversationPath(conversationId), tenant.NextKey()));
            if (response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("awaitingReplyFrom").EnumerateArray().Any(a => a.GetProperty("member").GetString() == Member))
            {
                return clock.Elapsed.TotalMilliseconds;
            }

            await Task.Delay(LookEvery);
        }

        return null;
    }

    private async Task<MailboxView> Until(LoadTenant tenant, string id, Func<MailboxView, bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            using var response = await gateway.SendAsync(GatewayRequests.Get($"/api/v1/mailboxes/{id}", tenant.NextKey()));
            if (response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<MailboxView>(JsonSerializerOptions.Web) is { } view)
            {
                if (view.Sync.LastError is { } error)
                {
                    Console.WriteLine($"  mailbox {id}: {error}");
                }

                if (condition(view))
                {
                    return view;
                }
            }

            await Task.Delay(LookEvery);
        }

        throw new TimeoutException($"Mailbox {id} did not reach the expected state within {timeout}.");
    }
}
