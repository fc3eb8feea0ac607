using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>
/// A large batch sent through the Gateway, and ResponseTracking's second replica killed once the replicas have recorded
/// part of it and not all: the replica dies holding bus messages it took and did not finish, which the broker hands to
/// the other replica. A batch recorded in full before the kill could land is followed by another, a few times at most.
/// </summary>
public sealed class ReplicaKillDuringBatch(int batchSize) : PlatformFault($"{FaultPlatform.ResponseTracking} replica 2 killed while a batch is in flight")
{
    private const int Attempts = 4;
    private static readonly TimeSpan RecordingTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    public override async Task<InjectedFault> Inject(FaultPlatform platform, OpenLoopDriver load, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var (messages, sent) = load.SendBatchNow(batchSize, cancellationToken);
            var tenant = messages[0].Tenant.Id;
            var ids = messages.Select(m => m.MessageId).ToArray();
            var deadline = DateTime.UtcNow + RecordingTimeout;
            while (DateTime.UtcNow < deadline)
            {
                var recorded = await platform.Records.RecordedAmong(tenant, ids, cancellationToken);
                if (recorded > 0 && recorded < ids.Length)
                {
                    var fault = ServiceKill.Kill(platform, FaultPlatform.ResponseTracking, replica: 1,
                        $"killed with {recorded:N0} of a batch of {ids.Length:N0} recorded (attempt {attempt})");
                    await sent;
                    return fault;
                }

                if (recorded == ids.Length)
                {
                    break;
                }

                await Task.Delay(PollInterval, cancellationToken);
            }

            await sent;
        }

        throw new InvalidOperationException($"None of {Attempts} batches of {batchSize:N0} was caught part-recorded: the replica was not killed.");
    }
}
