extern alias mailboxes;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using MailKit;
using MailKit.Net.Imap;
using NetworkingPlatform.TestServers;
using EmailIds = mailboxes::NetworkingPlatform.Mailboxes.Threads.EmailIds;
using MailboxView = mailboxes::NetworkingPlatform.Mailboxes.MailboxView;

namespace NetworkingPlatform.Mailboxes.Bench;

// dotnet run -c Release --project bench/Mailboxes.Bench -- [messages=10000] [new messages=200] [ms between new messages=250]
// Mailboxes, Ingestion and ResponseTracking run in this process against the real PostgreSQL and RabbitMQ (a database
// and vhost of their own) and the machine's Dovecot (scripts/infra.sh), each mailbox a fresh Dovecot user.
public static class MailboxesBenchmark
{
    private const string Member = "ines";
    private const int WarmUpMessages = 2_000;
    private const int MaxWarmUps = 6;
    // A warm-up mailbox that makes the JIT compile fewer methods than this has left little for it to find.
    private const int SettledBelow = 200;
    private static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(50);

    public static async Task Main(string[] args)
    {
        var total = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var newMessages = args.Length > 1 ? int.Parse(args[1]) : 200;
        var spacing = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2]) : 250);
        var server = LocalMailServer.Load();
        var users = new List<string>();
        await using var platform = await MailPlatformInProcess.Start();
        try
        {
            // Warm-up, other tenants' smaller mailboxes until the JIT has little left to compile: Marten's generated code,
            // connection pools and the tiered compiler's optimized code, which a service running for days paid long ago.
            for (var round = 1; ; round++)
            {
                var jit = JitWork.Start();
                var warmUp = await Synced(platform, server, users, WarmUpMessages, "warmup");
                await JitWork.Settled(TimeSpan.FromSeconds(30));
                Console.WriteLine($"warm-up {round}, a first sync of {warmUp.Messages:N0} messages: {warmUp.Seconds:F2} s = {warmUp.Messages / warmUp.Seconds:N0} messages/s; "
                    + $"{warmUp.Cpu.PerThousand(warmUp.Messages)}; JIT: {jit}");
                if (jit.Methods < SettledBelow || round == MaxWarmUps)
                {
                    break;
                }
            }

            var measured = await Synced(platform, server, users, total, "bench");
            Console.WriteLine();
            Console.WriteLine($"first sync of a {measured.Messages:N0}-message mailbox (connect → every email read from Dovecot, threaded and committed by Ingestion, the sync live): "
                + $"{measured.Seconds:F2} s = {measured.Messages / measured.Seconds:N0} messages/s (the mailbox filled in {measured.FillSeconds:F1} s)");
            Console.WriteLine($"  {measured.Cpu.PerThousand(measured.Messages)} (Dovecot's not counted)");
            Console.WriteLine($"  memory, the three services' process during it: {measured.Memory}");
            Console.WriteLine($"  JIT during it: {measured.Jit}");

            var latencies = await NewMessagesAsWaits(platform, server, measured, newMessages, spacing);
            Console.WriteLine($"new message → a wait at ResponseTracking ({newMessages} appended one at a time, {spacing.TotalMilliseconds:F0} ms apart, looked for every {LookEvery.TotalMilliseconds:F0} ms): "
                + $"p50 {Percentile(latencies, 0.50):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms, max {latencies.Max():F0} ms");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
        finally
        {
            foreach (var user in users)
            {
                await server.Empty(user);
            }
        }
    }

    private static async Task<SyncedMailbox> Synced(MailPlatformInProcess platform, LocalMailServer server, List<string> users, int messages, string name)
    {
        var user = server.NewUserName();
        users.Add(user);
        var fill = Stopwatch.StartNew();
        using (var client = await server.Connect(user))
        {
            messages = await FictionalMailbox.Fill(client, messages, DateTimeOffset.UtcNow, CancellationToken.None);
            await client.DisconnectAsync(true);
        }

        var fillSeconds = fill.Elapsed.TotalSeconds;
        var tenant = $"{name}-{Guid.NewGuid():N}";
        var mailboxes = platform.Mailboxes(tenant);
        var memory = MemoryTaken.Start();
        var jit = JitWork.Start();
        var cpuBefore = await CpuAccount.Read(platform.PostgresConnectionString);
        var clock = Stopwatch.StartNew();
        var response = await mailboxes.PostAsJsonAsync("/api/v1/mailboxes", new
        {
            member = Member, address = FictionalMailbox.MemberAddress, host = server.Host, port = server.Port, tls = "none", userName = user, password = server.Password,
        });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Connecting the mailbox answered {(int)response.StatusCode}: {body}");
        }

        var id = JsonSerializer.Deserialize<MailboxView>(body, JsonSerializerOptions.Web)!.Id;
        var live = await Until(mailboxes, id, view => view.Sync.Phase == "live", TimeSpan.FromMinutes(10));
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (await CpuAccount.Read(platform.PostgresConnectionString)).Since(cpuBefore);
        var used = memory.Stop();
        var compiled = jit.ToString();
        if (live.Sync.FirstSync.Read != messages || live.Sync.Taken != messages)
        {
            throw new InvalidOperationException($"The first sync read {live.Sync.FirstSync.Read} and took {live.Sync.Taken} of {messages} emails.");
        }

        return new SyncedMailbox(tenant, id, user, messages, seconds, fillSeconds, used, cpu, compiled);
    }

    /// <summary>Appends new questions one at a time to the synced mailbox and times each until ResponseTracking shows it waiting on the member.</summary>
    private static async Task<List<double>> NewMessagesAsWaits(MailPlatformInProcess platform, LocalMailServer server, SyncedMailbox mailbox, int count, TimeSpan spacing)
    {
        await Until(platform.Mailboxes(mailbox.Tenant), mailbox.Id, view => view.Sync.Watching == "idle", TimeSpan.FromMinutes(1));
        var responseTracking = platform.ResponseTracking(mailbox.Tenant);
        using var client = await server.Connect(mailbox.User);
        var waits = new List<Task<double>>(count);
        for (var i = 0; i < count; i++)
        {
            var question = FictionalMailbox.NewQuestion(i, DateTimeOffset.UtcNow);
            var clock = Stopwatch.StartNew();
            await client.Inbox.AppendAsync(new AppendRequest(question, MessageFlags.None, question.Date));
            waits.Add(WaitingOnMember(responseTracking, EmailIds.ConversationId(question.MessageId!), clock));
            await Task.Delay(spacing);
        }

        await client.DisconnectAsync(true);
        return [.. await Task.WhenAll(waits)];
    }

    private static async Task<double> WaitingOnMember(HttpClient responseTracking, string conversationId, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            var response = await responseTracking.GetAsync($"/api/v1/conversations/{conversationId}");
            if (response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("awaitingReplyFrom").EnumerateArray().Any(a => a.GetProperty("member").GetString() == Member))
            {
                return clock.Elapsed.TotalMilliseconds;
            }

            await Task.Delay(LookEvery);
        }

        throw new TimeoutException($"Conversation {conversationId} was not waiting on {Member} a minute after its email was appended.");
    }

    private static async Task<MailboxView> Until(HttpClient mailboxes, string id, Func<MailboxView, bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            var view = await mailboxes.GetFromJsonAsync<MailboxView>($"/api/v1/mailboxes/{id}", JsonSerializerOptions.Web);
            if (view!.Sync.LastError is { } error)
            {
                Console.WriteLine($"  mailbox {id}: {error}");
            }

            if (condition(view))
            {
                return view;
            }

            await Task.Delay(LookEvery);
        }

        throw new TimeoutException($"Mailbox {id} did not reach the expected state within {timeout}.");
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    private sealed record SyncedMailbox(string Tenant, string Id, string User, int Messages, double Seconds, double FillSeconds, string Memory, CpuAccount Cpu, string Jit);
}
