using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkingPlatform.OpportunityMatching.Counterparts;
using NetworkingPlatform.OpportunityMatching.Counterparts.GettingResponsiveness;
using NetworkingPlatform.OpportunityMatching.Counterparts.TrackingResponsiveness;
using NetworkingPlatform.OpportunityMatching.IntegrationEvents;
using NetworkingPlatform.OpportunityMatching.Introductions;
using NetworkingPlatform.OpportunityMatching.Introductions.Answering;
using NetworkingPlatform.OpportunityMatching.Introductions.Expiring;
using NetworkingPlatform.OpportunityMatching.Introductions.Getting;
using NetworkingPlatform.OpportunityMatching.Introductions.Requesting;
using NetworkingPlatform.OpportunityMatching.Introductions.StartingConversations;
using NetworkingPlatform.OpportunityMatching.Matching;
using NetworkingPlatform.OpportunityMatching.Opportunities;
using NetworkingPlatform.OpportunityMatching.Opportunities.Browsing;
using NetworkingPlatform.OpportunityMatching.Opportunities.Closing;
using NetworkingPlatform.OpportunityMatching.Opportunities.GettingMatches;
using NetworkingPlatform.OpportunityMatching.Opportunities.ListingMine;
using NetworkingPlatform.OpportunityMatching.Opportunities.Posting;
using NetworkingPlatform.OpportunityMatching.Opportunities.Revising;
using NetworkingPlatform.OpportunityMatching.Profiles.OfferingFromProfiles;
using NetworkingPlatform.ServiceDefaults.Messaging;

namespace NetworkingPlatform.OpportunityMatching.Extensions;

public static class OpportunityMatchingExtensions
{
    public const string SchemaName = "opportunity_matching";

    /// <summary>Where Ingestion is; service discovery resolves the default.</summary>
    public const string IngestionUrlSetting = "Matching:IngestionUrl";

    public static IHostApplicationBuilder AddOpportunityMatching(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.Services.AddPlatformOpenApi(
        [
            new ApiTag("Opportunities", "Needs and offers: posted, revised, closed, browsed, and each member's own."),
            new ApiTag("Matches", "An opportunity's best matches of the other side, ranked and explained."),
            new ApiTag("Introductions", "Double opt-in introductions between the owners of matched opportunities."),
            new ApiTag("Responsiveness", "The responsiveness figures matching ranks a member by."),
        ]);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<MatchingOptions>(builder.Configuration.GetSection(MatchingOptions.Section));
        builder.Services.AddSingleton<OpportunityIndex>();
        builder.Services.AddSingleton<OpportunityMatcher>();
        builder.Services.AddSingleton<MatchFinder>();
        builder.Services.AddSingleton<OpportunityWriter>();
        builder.Services.AddSingleton<IndexListener>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IndexListener>());
        builder.Services.AddHostedService<IndexRebuilder>();
        builder.Services.AddHostedService<IndexFollower>();
        builder.Services.AddHostedService<IntroductionExpiry>();
        builder.Services.AddHealthChecks().AddCheck<IndexReadyHealthCheck>("matching-index", tags: ["ready"]);
        builder.Services.AddHttpClient<IngestionClient>(http =>
            http.BaseAddress = new Uri(builder.Configuration[IngestionUrlSetting] ?? "http://ingestion"));

        var marten = builder.AddPlatformMarten(SchemaName, options =>
        {
            options.Schema.For<CounterpartResponsiveness>().UseOptimisticConcurrency(true);
            options.Projections.Snapshot<Opportunity>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<Introduction>(SnapshotLifecycle.Inline);
            options.Schema.For<Opportunity>().Index(opportunity => opportunity.Owner);
            options.Schema.For<Introduction>().Index(introduction => introduction.ExpiresAt);
        });
        marten.AddSubscriptionWithServices<MatchingEventsForwarder>(ServiceLifetime.Singleton)
            .AddAsyncDaemon(DaemonMode.HotCold);

        builder.AddPlatformMessaging(bus =>
        {
            bus.AddConsumer<ResponsivenessChangedConsumer>(typeof(ResponsivenessChangedConsumerDefinition));
            bus.AddConsumer<MemberProfileIngestedConsumer>();
        });
        return builder;
    }

    public static WebApplication MapOpportunityMatchingEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapGetCounterpartResponsiveness();
        app.MapPostOpportunity();
        app.MapReviseOpportunity();
        app.MapCloseOpportunity();
        app.MapListMyOpportunities();
        app.MapBrowseOpportunities();
        app.MapGetOpportunity();
        app.MapRequestIntroduction();
        app.MapAnswerIntroduction();
        app.MapGetIntroductions();
        return app;
    }
}
