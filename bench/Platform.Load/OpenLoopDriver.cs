using System.Diagnostics;
using System.Text.Json;

namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// Drives the Gateway open loop at the options' rate: conversations opened at a steady pace and answered a moment
/// later, one message per request, with some group conversations, client retries with the same Idempotency-Key, batch
/// requests and reads mixed in. Every request is sent by a <see cref="CarefulSender"/>; latencies count from the time
/// a request was due, so a platform that falls behind shows it.
/// </summary>
public sealed class OpenLoopDriver
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMinutes(2);
    private readonly HttpClient gateway;
    private readonly IReadOnlyList<LoadTenant> tenants;
    private readonly LoadOptions options;
    private readonly CarefulSender sender;
    private readonly Random random;
    private readonly string runId;
    private readonly List<Task> running = [];
    private long conversations;
    private long wallStart;
    private DateTimeOffset clockStart;

    public OpenLoopDriver(HttpClient gateway, IReadOnlyList<LoadTenant> tenants, LoadOptions options, string runId)
    {
        this.gateway = gateway;
        this.tenants = tenants;
        this.options = options;
        this.runId = runId;
        sender = new CarefulSender(gateway, options.GiveUpAfter);
        random = new Random(options.Seed);
    }

    public Ledger Ledger { get; } = new();

    /// <summary>Ends when every request sent has its final answer (and every probe has seen its answer or timed out).</summary>
    public async Task Run(CancellationToken cancellationToken)
    {
        var due = new PriorityQueue<Func<Task>, long>();
        var conversationEvery = Ticks(2 / options.MessagesPerSecond);
        var batchEvery = options.BatchShare > 0 ? Ticks(options.BatchSize / (options.MessagesPerSecond * options.BatchShare)) : long.MaxValue;
        var readEvery = options.ReadShare > 0 ? Ticks(1 / (options.MessagesPerSecond * options.ReadShare)) : long.MaxValue;
        var end = options.Duration.Ticks;
        long nextConversation = 0, nextBatch = batchEvery / 2, nextRead = readEvery / 3;

        clockStart = DateTimeOffset.UtcNow;
        wallStart = Stopwatch.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = Now();
            for (; nextConversation <= now && nextConversation < end; nextConversation += conversationEvery)
            {
                PlanConversation(due, nextConversation);
            }

            for (; nextBatch <= now && nextBatch < end; nextBatch += batchEvery)
            {
                var at = nextBatch;
                due.Enqueue(() => SendBatch(at, cancellationToken), at);
            }

            for (; nextRead <= now && nextRead < end; nextRead += readEvery)
            {
                var at = nextRead;
                due.Enqueue(() => Read(at, cancellationToken), at);
            }

            while (due.TryPeek(out _, out var at) && at <= now)
            {
                running.Add(due.Dequeue()());
            }

            var generating = nextConversation < end || nextBatch < end || nextRead < end;
            if (!generating && due.Count == 0)
            {
                break;
            }

            var next = Math.Min(Math.Min(nextConversation, nextBatch), nextRead);
            if (due.TryPeek(out _, out var firstDue))
            {
                next = Math.Min(next, firstDue);
            }

            var wait = TimeSpan.FromTicks(next - Now());
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }
            else
            {
                await Task.Yield();
            }
        }

        await Task.WhenAll(running);
    }

    /// <summary>Time since the load started, in ticks of <see cref="TimeSpan"/>.</summary>
    private long Now() => Stopwatch.GetElapsedTime(wallStart).Ticks;

    private DateTimeOffset ClockAt(long dueTicks) => clockStart + TimeSpan.FromTicks(dueTicks);

    private static long Ticks(double seconds) => Math.Max(1, (long)(seconds * TimeSpan.TicksPerSecond));

    private void PlanConversation(PriorityQueue<Func<Task>, long> due, long at)
    {
        var (opener, answer) = NewConversation();
        var answerAt = at + random.NextInt64(options.AnswerDelayMin.Ticks, options.AnswerDelayMax.Ticks);
        var retryOpener = random.NextDouble() < options.ClientRetryShare;
        var retryAnswer = random.NextDouble() < options.ClientRetryShare;
        var probe = random.NextDouble() < options.ProbeShare;
        due.Enqueue(() => SendMessage(opener, at, retryOpener, probe: false, CancellationToken.None), at);
        due.Enqueue(() => SendMessage(answer, answerAt, retryAnswer, probe, CancellationToken.None), answerAt);
    }

    private (PlannedMessage Opener, PlannedMessage Answer) NewConversation(LoadTenant? of = null)
    {
        var number = Interlocked.Increment(ref conversations);
        var tenant = of ?? tenants[(int)(number % tenants.Count)];
        var asker = tenant.Members[random.Next(tenant.Members.Count)];
        var askee = OtherThan(tenant, asker);
        string[] to = random.NextDouble() < options.GroupShare ? [askee, OtherThan(tenant, asker, askee)] : [askee];
        var conversationId = $"load-{runId}-c{number}";
        var opener = new PlannedMessage(tenant, conversationId, $"{conversationId}-m1", asker, to,
            Phrases.Openers[random.Next(Phrases.Openers.Length)], MessageRole.Opener);
        var answer = new PlannedMessage(tenant, conversationId, $"{conversationId}-m2", askee, [.. to.Skip(1).Prepend(asker)],
            Phrases.Answers[random.Next(Phrases.Answers.Length)], MessageRole.Answer);
        return (opener, answer);
    }

    private string OtherThan(LoadTenant tenant, params string[] taken)
    {
        while (true)
        {
            var member = tenant.Members[random.Next(tenant.Members.Count)];
            if (!taken.Contains(member))
            {
                return member;
            }
        }
    }

    private async Task SendMessage(PlannedMessage message, long at, bool retry, bool probe, CancellationToken cancellationToken)
    {
        var body = GatewayRequests.MessageBody(message, ClockAt(at));
        var key = $"{message.MessageId}:{Guid.NewGuid():N}";
        Ledger.Planned(1);
        var outcome = await sender.Send(() => GatewayRequests.Post("/api/v1/messages", body, message.Tenant.NextKey(), key), cancellationToken);
        Ledger.Sent(outcome);
        if (outcome.GaveUp)
        {
            Ledger.GaveUpOn(message);
        }

        if (!outcome.Succeeded)
        {
            return;
        }

        if (IngestAnswer.TryParse(outcome.Body) is not { } answer)
        {
            Ledger.Unreadable($"POST {message.MessageId}", outcome);
            return;
        }

        Ledger.Posts.Add(TimeSpan.FromTicks(Now() - at));
        Ledger.Accept(new AcceptedMessage(message, answer.NeedsReply, answer.Kind), answer.Duplicate);
        var probing = probe ? ProbeUntilAnswered(message, at, cancellationToken) : Task.CompletedTask;
        if (retry)
        {
            var again = await sender.Send(() => GatewayRequests.Post("/api/v1/messages", body, message.Tenant.NextKey(), key), cancellationToken);
            Ledger.Sent(again);
            Ledger.ClientRetried(again.Succeeded && again.Status == outcome.Status && again.Body == outcome.Body);
        }

        await probing;
    }

    private async Task SendBatch(long at, CancellationToken cancellationToken)
    {
        // Runs on the scheduling loop up to its first await, like every use of the random source.
        var tenant = tenants[random.Next(tenants.Count)];
        var planned = new List<PlannedMessage>();
        for (var i = 0; i < options.BatchSize / 2; i++)
        {
            var (opener, answer) = NewConversation(tenant);
            planned.Add(opener);
            planned.Add(answer);
        }

        // A batch stands for an integration catching up: the opener a minute ago, its answer half a minute later.
        var sentAt = ClockAt(at);
        var body = GatewayRequests.BatchBody(planned.Select(m => (m, m.Role == MessageRole.Opener ? sentAt.AddSeconds(-60) : sentAt.AddSeconds(-30))));
        var key = $"batch-{runId}-{at}";
        Ledger.Planned(planned.Count);
        var outcome = await sender.Send(() => GatewayRequests.Post("/api/v1/messages/batch", body, tenant.NextKey(), key), cancellationToken);
        Ledger.Sent(outcome);
        if (outcome.GaveUp)
        {
            planned.ForEach(Ledger.GaveUpOn);
        }

        if (!outcome.Succeeded)
        {
            return;
        }

        if (IngestAnswer.TryParseBatch(outcome.Body, planned.Count) is not { } answers)
        {
            Ledger.Unreadable($"POST a batch from {planned[0].MessageId}", outcome);
            return;
        }

        Ledger.Batches.Add(TimeSpan.FromTicks(Now() - at));
        for (var i = 0; i < planned.Count; i++)
        {
            Ledger.Accept(new AcceptedMessage(planned[i], answers[i].NeedsReply, answers[i].Kind), answers[i].Duplicate);
        }
    }

    private async Task Read(long at, CancellationToken cancellationToken)
    {
        var tenant = tenants[random.Next(tenants.Count)];
        var member = tenant.Members[random.Next(tenant.Members.Count)];
        var inbox = random.Next(2) == 0;

        var path = inbox ? GatewayRequests.InboxPath(member) : GatewayRequests.ResponsivenessPath(member);
        try
        {
            using var response = await gateway.SendAsync(GatewayRequests.Get(path, tenant.NextKey()), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Ledger.ReadFailed($"GET {path}: {(int)response.StatusCode}");
                return;
            }

            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            Ledger.Reads.Add(TimeSpan.FromTicks(Now() - at));
        }
        catch (HttpRequestException exception)
        {
            Ledger.ReadFailed($"GET {path}: {exception.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Ledger.ReadFailed($"GET {path}: no answer within {gateway.Timeout.TotalSeconds:N0} s");
        }
    }

    /// <summary>Polls the conversation's status until the answer shows in it: the latency a member sees.</summary>
    private async Task ProbeUntilAnswered(PlannedMessage answer, long at, CancellationToken cancellationToken)
    {
        var path = GatewayRequests.ConversationPath(answer.ConversationId);
        var deadline = Stopwatch.GetTimestamp() + (long)(ProbeTimeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            try
            {
                using var response = await gateway.SendAsync(GatewayRequests.Get(path, answer.Tenant.NextKey()), cancellationToken);
                if (response.IsSuccessStatusCode && ShowsReplyBy(await response.Content.ReadAsStreamAsync(cancellationToken), answer.From))
                {
                    Ledger.Visible.Add(TimeSpan.FromTicks(Now() - at));
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The platform is restarting something, or slow: keep polling until the deadline.
            }

            await Task.Delay(ProbeInterval, cancellationToken);
        }

        Ledger.NeverVisible(answer.ConversationId);
    }

    private static bool ShowsReplyBy(Stream status, string member)
    {
        using var document = JsonDocument.Parse(status);
        return document.RootElement.TryGetProperty("replies", out var replies)
            && replies.EnumerateArray().Any(reply => reply.GetProperty("by").GetString() == member);
    }
}
