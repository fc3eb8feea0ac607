using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Conversations.GettingStatus;
using NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;
using NetworkingPlatform.ResponseTracking.IntegrationEvents;
using NetworkingPlatform.ResponseTracking.Responsiveness;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.ResponseTracking.Extensions;

public static class ResponseTrackingExtensions
{
    public const string SchemaName = "response_tracking";

    /// <summary>Set to false to keep the event forwarder from running (used to stand for a crash before forwarding).</summary>
    public const string ForwardingEnabledSetting = "ResponseTracking:ForwardEvents";

    public static IHostApplicationBuilder AddResponseTracking(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<RecordMessageHandler>();

        var forwarding = builder.Configuration.GetValue(ForwardingEnabledSetting, true);
        var marten = builder.AddPlatformMarten(SchemaName, options =>
        {
            options.Projections.Snapshot<ConversationStatus>(SnapshotLifecycle.Inline);
            options.Projections.Add<MemberResponsivenessProjection>(ProjectionLifecycle.Inline);
        });
        if (forwarding)
        {
            marten.AddSubscriptionWithServices<ConversationEventsForwarder>(ServiceLifetime.Singleton)
                .AddAsyncDaemon(DaemonMode.HotCold);
        }

        builder.AddPlatformMessaging(bus => bus.AddConsumer<MessagesIngestedConsumer>());
        return builder;
    }

    public static WebApplication MapResponseTrackingEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapGetConversationStatus();
        return app;
    }
}
