using NetworkingPlatform.OpportunityMatching.Counterparts;
using NetworkingPlatform.OpportunityMatching.Counterparts.GettingResponsiveness;
using NetworkingPlatform.OpportunityMatching.Counterparts.TrackingResponsiveness;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.OpportunityMatching.Extensions;

public static class OpportunityMatchingExtensions
{
    public const string SchemaName = "opportunity_matching";

    public static IHostApplicationBuilder AddOpportunityMatching(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.Services.AddOpenApi();
        builder.AddPlatformMarten(SchemaName, options =>
            options.Schema.For<CounterpartResponsiveness>().UseOptimisticConcurrency(true));
        builder.AddPlatformMessaging(bus => bus.AddConsumer<ResponsivenessChangedConsumer>());
        return builder;
    }

    public static WebApplication MapOpportunityMatchingEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapGetCounterpartResponsiveness();
        return app;
    }
}
