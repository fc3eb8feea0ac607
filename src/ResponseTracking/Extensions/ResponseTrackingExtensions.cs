using JasperFx.Events.Daemon;
using NetworkingPlatform.ResponseTracking.Admin.Rebuilding;
using NetworkingPlatform.ResponseTracking.Conversations.GettingHistory;
using NetworkingPlatform.ResponseTracking.Conversations.GettingStatus;
using NetworkingPlatform.ResponseTracking.Imports;
using NetworkingPlatform.ResponseTracking.IntegrationEvents;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Inbox;
using NetworkingPlatform.ResponseTracking.Members.ReplyTimeHistogram;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using NetworkingPlatform.ResponseTracking.Members.ResponsivenessTrend;
using NetworkingPlatform.ResponseTracking.Overdue;
using NetworkingPlatform.ResponseTracking.People;
using NetworkingPlatform.ResponseTracking.RecordingMessages;
using NetworkingPlatform.ResponseTracking.SettingPromises;
using NetworkingPlatform.ResponseTracking.Tenant.ComparingResponsiveness;
using NetworkingPlatform.ServiceDefaults.OpenApi;

namespace NetworkingPlatform.ResponseTracking.Extensions;

public static class ResponseTrackingExtensions
{
    public static IHostApplicationBuilder AddResponseTracking(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.Services.AddPlatformOpenApi(
        [
            new ApiTag("Conversations", "Each conversation: who it waits on and since when, its replies and reply times, as it stands or stood, and its event history."),
            new ApiTag("Inbox", "What waits on a member, and what the member waits on from others."),
            new ApiTag("Responsiveness", "How a member answers: response rate, reply-time medians and p90, their trend and histogram; the tenant's median member."),
            new ApiTag("Promises", "A member's response promise, working hours and time zone, which set the deadlines of owed replies."),
            new ApiTag("Administration", "Rebuilding the tenant's views from the recorded events (admin)."),
        ]);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ConversationGate>();
        builder.Services.AddScoped<ConversationRecorder>();
        builder.Services.AddScoped<ViewsRebuilder>();
        builder.Services.AddSingleton<ResponsivenessQuery>();
        builder.Services.AddHostedService<OverdueScanner>();
        builder.Services.AddSingleton<ImportItemsTable>();
        builder.Services.AddScoped<ImportSummaries>();
        builder.Services.AddHostedService<ImportSummaryScanner>();

        var marten = builder.AddPlatformMarten(ResponseTrackingSchema.Name, options =>
        {
            options.Schema.For<MemberConversation>()
                .Duplicate(c => c.Member)
                .Duplicate(c => c.ConversationId)
                .Duplicate(c => c.WaitingOnMemberSince!)
                .Duplicate(c => c.WaitingOnOthersSince!)
                .Duplicate(c => c.ReplyDueAt!);
            options.Storage.ExtendedSchemaObjects.Add(ReplyTimesTable.Definition());
            options.Storage.ExtendedSchemaObjects.Add(KeptFiguresTable.Definition());
            options.Storage.ExtendedSchemaObjects.Add(ImportItemsTable.Definition());
        });
        marten.AddSubscriptionWithServices<ConversationEventsForwarder>(ServiceLifetime.Singleton)
            .AddSubscriptionWithServices<ImportSummariesForwarder>(ServiceLifetime.Singleton)
            .AddAsyncDaemon(DaemonMode.HotCold);

        builder.AddPlatformMessaging(bus =>
        {
            bus.AddConsumer<MessagesIngestedConsumer, MessagesIngestedConsumerDefinition>();
            bus.AddConsumer<InvitationIngestedConsumer>();
            bus.AddConsumer<ImportCompletedConsumer>();
            bus.AddConsumer<PeopleNamedConsumer>();
        });
        return builder;
    }

    public static WebApplication MapResponseTrackingEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapGetConversationStatus();
        app.MapGetConversationHistory();
        app.MapGetInbox();
        app.MapGetResponsiveness();
        app.MapGetResponsivenessTrend();
        app.MapGetReplyTimeHistogram();
        app.MapGetTenantResponsiveness();
        app.MapPromises();
        app.MapRebuildViews();
        return app;
    }
}
