using System.Threading.Channels;
using NetworkingPlatform.Ingestion.Idempotency;

namespace NetworkingPlatform.Ingestion.Intake;

/// <summary>
/// Group commit for the API: requests that arrive while a transaction is being written wait and go together in the
/// next one (<see cref="IntakeGroupCommit"/>). Each request still gets its own answer, and is answered only once its
/// work is committed. Under load a transaction carries tens of requests, so PostgreSQL writes and flushes once for
/// them all instead of three times for each; a quiet platform answers each request at once.
/// </summary>
public sealed class IntakeWriter(IntakeGroupCommit commits, IdempotencyStore idempotency, EventsCommittedWakeup daemon, ILogger<IntakeWriter> logger)
    : BackgroundService
{
    /// <summary>Transactions written at once: one fills while the other commits.</summary>
    public const int Writers = 2;

    /// <summary>Keys per transaction; a request with more (a large batch) goes alone.</summary>
    public const int MaxKeysPerGroup = 2_000;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleWriter = false });
    private Pending? carried;

    public Task<IntakeOutcome> Take(IntakeWork work)
    {
        var pending = new Pending(work);
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The intake is stopping.");
        }

        return pending.Outcome.Task;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() => Write(stoppingToken), stoppingToken)));

    private async Task Write(CancellationToken stoppingToken)
    {
        try
        {
            while (HasCarried() || await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                var group = NextGroup();
                if (group.Count > 0)
                {
                    await Commit(group, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Writer.TryComplete();
            while (queue.Reader.TryRead(out var left))
            {
                left.Outcome.TrySetResult(new IntakeOutcome.StoreUnavailable());
            }
        }
    }

    private bool HasCarried()
    {
        lock (queue)
        {
            return carried is not null;
        }
    }

    private List<Pending> NextGroup()
    {
        lock (queue)
        {
            var group = new List<Pending>();
            var keys = 0;
            if (carried is { } first)
            {
                carried = null;
                group.Add(first);
                keys = first.Work.Keys.Count;
            }

            while (keys < MaxKeysPerGroup && queue.Reader.TryRead(out var next))
            {
                if (group.Count > 0 && keys + next.Work.Keys.Count > MaxKeysPerGroup)
                {
                    carried = next;
                    break;
                }

                group.Add(next);
                keys += next.Work.Keys.Count;
            }

            return group;
        }
    }

    private async Task Commit(List<Pending> group, CancellationToken stoppingToken)
    {
        IReadOnlyList<StoredAnswer?> answers;
        try
        {
            answers = await commits.Commit([.. group.Select(p => p.Work)], stoppingToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            logger.LogWarning(exception, "The intake could not commit {Requests} requests; they are answered 503 and can be sent again.", group.Count);
            foreach (var pending in group)
            {
                pending.Outcome.TrySetResult(new IntakeOutcome.StoreUnavailable());
            }

            return;
        }
        catch (Exception exception)
        {
            foreach (var pending in group)
            {
                pending.Outcome.TrySetException(exception);
            }

            return;
        }

        daemon.EventsCommitted();
        for (var i = 0; i < group.Count; i++)
        {
            var work = group[i].Work;
            group[i].Outcome.TrySetResult(answers[i] is { } answer
                ? new IntakeOutcome.Answered(answer, Replayed: false)
                : await FirstAnswer(work, stoppingToken));
        }
    }

    /// <summary>The work's Idempotency-Key was claimed by another request: its answer, once it has one.</summary>
    private async Task<IntakeOutcome> FirstAnswer(IntakeWork work, CancellationToken cancellationToken)
    {
        var request = work.Idempotency!;
        return await idempotency.Read(work.TenantId, request.Key, request.RequestHash, cancellationToken) switch
        {
            IdempotencyClaim.Answered answered => new IntakeOutcome.Answered(answered.Answer, Replayed: true),
            IdempotencyClaim.UsedForAnotherRequest => new IntakeOutcome.KeyUsedForAnotherRequest(),
            _ => new IntakeOutcome.KeyInProgress(),
        };
    }

    private sealed class Pending(IntakeWork work)
    {
        public IntakeWork Work { get; } = work;

        public TaskCompletionSource<IntakeOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
