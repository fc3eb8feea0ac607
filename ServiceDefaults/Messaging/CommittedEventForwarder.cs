using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using MassTransit;
using Microsoft.Extensions.Logging;
using NetworkingPlatform.Contracts;
using NetworkingPlatform.ServiceDefaults.Storage;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Publishes each committed <typeparamref name="TEvent"/> as the integration event <see cref="ToMessage"/> makes of it,
/// from Marten's async daemon, in the trace that stored it. The daemon records how far it got only after a page was
/// published, so publishing is at least once; the stored event's id goes with it, so consumers drop repeats.
/// </summary>
public abstract class CommittedEventForwarder<TEvent, TMessage> : ForwardingSubscription
    where TEvent : notnull
    where TMessage : class, IIntegrationEvent
{
    private readonly IBusControl bus;
    private readonly string spanName;

    protected CommittedEventForwarder(IBusControl bus, ILogger logger, string name, string spanName)
        : base(name, logger)
    {
        this.bus = bus;
        this.spanName = spanName;
        IncludeType<TEvent>();
    }

    protected abstract TMessage ToMessage(IEvent<TEvent> stored);

    protected sealed override async Task Forward(EventRange page, CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events.OfType<IEvent<TEvent>>())
        {
            using var activity = PlatformTelemetry.ContinueTrace(spanName, stored.TraceParent());
            await bus.PublishCommitted(ToMessage(stored), cancellationToken);
        }
    }
}
