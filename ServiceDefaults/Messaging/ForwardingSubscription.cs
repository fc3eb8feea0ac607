using System.Diagnostics.Metrics;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.Logging;

namespace NetworkingPlatform.ServiceDefaults.Messaging;

/// <summary>
/// A Marten subscription that forwards committed events to the bus or to another service. When a page throws, Marten's
/// daemon pauses the whole subscription and starts it again only on its next health check, and nothing committed after
/// the page moves meanwhile. So a page that fails (the broker, the database or a called service away for a while) is
/// forwarded again here, after a growing pause, until it goes through or the daemon stops. A page forwarded again
/// repeats what already went out; consumers drop repeats by the stable event ids.
/// </summary>
public abstract class ForwardingSubscription : SubscriptionBase
{
    public const string MeterName = "NetworkingPlatform.Forwarding";

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(10);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> FailedPages = Meter.CreateCounter<long>(
        "networkingplatform.forwarding.failed_pages", "{page}", "Pages of committed events whose forwarding failed and was tried again.");

    private readonly ILogger logger;

    protected ForwardingSubscription(string name, ILogger logger)
    {
        this.logger = logger;
        Name = name;
    }

    /// <summary>Forwards the page's events; throws if any of them could not be forwarded.</summary>
    protected abstract Task Forward(EventRange page, CancellationToken cancellationToken);

    public sealed override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Forward(page, cancellationToken);
                return NullChangeListener.Instance;
            }
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
            {
                FailedPages.Add(1, new KeyValuePair<string, object?>("forwarder", Name));
                logger.LogWarning(
                    failure,
                    "{Forwarder} could not forward events {Floor} to {Ceiling} (attempt {Attempt}); trying again in {Pause}",
                    Name, page.SequenceFloor, page.SequenceCeiling, attempt, pause);
            }

            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }
}
