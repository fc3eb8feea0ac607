using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using MassTransit;
using Microsoft.Extensions.Logging;
using NetworkingPlatform.Contracts.OpportunityMatching;
using NetworkingPlatform.OpportunityMatching.Introductions;
using NetworkingPlatform.OpportunityMatching.Introductions.StartingConversations;
using NetworkingPlatform.OpportunityMatching.Opportunities;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.OpportunityMatching.IntegrationEvents;

/// <summary>
/// Acts on committed events only, from Marten's async daemon, which records its progress after a page is done:
/// a match is announced to both owners, an introduction is put to both members, and an introduction both
/// accepted starts its conversation in Ingestion. At least once; ids are stable, so repeats are dropped downstream
/// (Ingestion takes the same message id once).
/// </summary>
public sealed class MatchingEventsForwarder : ForwardingSubscription
{
    private readonly IBusControl bus;
    private readonly IServiceProvider services;

    public MatchingEventsForwarder(IBusControl bus, IServiceProvider services, ILogger<MatchingEventsForwarder> logger)
        : base("matching-events-forwarder", logger)
    {
        this.bus = bus;
        this.services = services;
        IncludeType<MatchFound>();
        IncludeType<IntroductionRequested>();
        IncludeType<IntroductionConversationStarted>();
    }

    protected override async Task Forward(EventRange page, CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events)
        {
            using var activity = PlatformTelemetry.ContinueTrace($"forward {stored.EventTypeName}", stored.TraceParent());
            var forwarding = stored switch
            {
                IEvent<MatchFound> found => Announce(found, cancellationToken),
                IEvent<IntroductionRequested> requested => Propose(requested, cancellationToken),
                IEvent<IntroductionConversationStarted> started => StartConversation(started, cancellationToken),
                _ => Task.CompletedTask,
            };
            await forwarding;
            activity?.SetStatus(ActivityStatusCode.Ok);
        }
    }

    private async Task Announce(IEvent<MatchFound> stored, CancellationToken cancellationToken)
    {
        var found = stored.Data;
        await bus.PublishCommitted(new OpportunityMatched(
            StableEventId.Of(stored.Id, found.Owner), stored.TenantId, stored.Timestamp, found.Owner,
            found.OpportunityId, found.Title, found.MatchedOpportunityId, found.MatchedTitle, found.MatchedOwner, found.Score, found.Reasons), cancellationToken);
        await bus.PublishCommitted(new OpportunityMatched(
            StableEventId.Of(stored.Id, found.MatchedOwner), stored.TenantId, stored.Timestamp, found.MatchedOwner,
            found.MatchedOpportunityId, found.MatchedTitle, found.OpportunityId, found.Title, found.Owner, found.Score, found.Reasons), cancellationToken);
    }

    private async Task Propose(IEvent<IntroductionRequested> stored, CancellationToken cancellationToken)
    {
        var requested = stored.Data;
        foreach (var (recipient, counterpart) in new[] { (requested.RequestedBy, requested.Counterpart), (requested.Counterpart, requested.RequestedBy) })
        {
            await bus.PublishCommitted(new IntroductionProposed(
                StableEventId.Of(stored.Id, recipient), stored.TenantId, stored.Timestamp, requested.IntroductionId, requested.RequestedBy,
                recipient, counterpart, requested.OpportunityId, requested.MatchedOpportunityId, requested.Message, requested.ExpiresAt), cancellationToken);
        }
    }

    private Task StartConversation(IEvent<IntroductionConversationStarted> stored, CancellationToken cancellationToken) =>
        services.GetRequiredService<IngestionClient>().PostFirstMessage(stored.TenantId, stored.Data, cancellationToken);
}
