using Microsoft.Extensions.Http.Resilience;
using NetworkingPlatform.Notification.Answers;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.Email;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.InApp.ListingNotifications;
using NetworkingPlatform.Notification.InApp.LiveStream;
using NetworkingPlatform.Notification.InApp.MarkingRead;
using NetworkingPlatform.Notification.Links;
using NetworkingPlatform.Notification.People;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Preferences.FollowingAccountLanguage;
using NetworkingPlatform.Notification.SettingPreferences;
using NetworkingPlatform.Notification.Triggers;
using NetworkingPlatform.Notification.Unsubscribing;
using NetworkingPlatform.Notification.WebhookDeliveries.DeliveryLog;
using NetworkingPlatform.Notification.WebhookDeliveries.Pinging;
using NetworkingPlatform.Notification.WebhookDeliveries.Redelivering;
using NetworkingPlatform.Notification.Webhooks;
using NetworkingPlatform.Notification.Webhooks.RotatingSecret;
using NetworkingPlatform.Notification.Webhooks.Subscribing;
using NetworkingPlatform.Notification.Webhooks.Targets;
using NetworkingPlatform.Notification.WeeklySummaries;
using NetworkingPlatform.Notification.Withdrawing;
using NetworkingPlatform.ServiceDefaults.Messaging;

namespace NetworkingPlatform.Notification.Extensions;

public static class NotificationExtensions
{
    public const string SchemaName = "notification";

    public static IHostApplicationBuilder AddNotification(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.Services.AddPlatformOpenApi(
        [
            new ApiTag("Notifications", "A member's in-app notifications: the list with its unread count, marking read, and the live stream."),
            new ApiTag("One-click answers", "Answering a nudge with one click, in the app or from the signed links of its email."),
            new ApiTag("Preferences", "How and when each member is notified: channels per type, language, time zone, quiet hours, email frequency."),
            new ApiTag("Email", "Leaving email with one click (RFC 8058), from the link every email carries."),
            new ApiTag("Webhooks", "The tenant's webhook subscriptions: signed POSTs of chosen event types, test pings, secret rotation."),
            new ApiTag("Webhook deliveries", "Each event sent to a subscription, with every attempt, and sending one again."),
        ]);
        builder.Services.TryAddTimeProvider();
        builder.Services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        builder.Services.Configure<DeliveryOptions>(builder.Configuration.GetSection(DeliveryOptions.Section));
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.Section));
        builder.Services.Configure<WeeklySummaryOptions>(builder.Configuration.GetSection(WeeklySummaryOptions.Section));
        builder.Services.Configure<WebhookTargetOptions>(builder.Configuration.GetSection(WebhookTargetOptions.Section));

        builder.AddPlatformMarten(SchemaName, options =>
        {
            options.Schema.For<InAppNotification>().Index(n => n.Recipient).Index(n => n.ConversationId);
            options.Schema.For<MemberPreferences>().Index(p => p.WeeklySummaryDueAt);
            options.Schema.For<Delivery>().Index(d => d.DueAt).Index(d => d.ConversationId).Index(d => d.SubscriptionId);
        });
        builder.AddPlatformMessaging(bus =>
        {
            bus.AddConsumer<ReplyOverdueConsumer>(typeof(ReplyOverdueConsumerDefinition));
            bus.AddConsumer<ConversationAnsweredConsumer>(typeof(ConversationAnsweredConsumerDefinition));
            bus.AddConsumer<OpportunityMatchedConsumer>();
            bus.AddConsumer<IntroductionProposedConsumer>();
            bus.AddConsumer<ImportSummarisedConsumer>();
            bus.AddConsumer<AccountLanguageSetConsumer>();
            bus.AddConsumer<PeopleNamedConsumer>();
        });

        builder.Services.AddSingleton<LiveFeed>();
        builder.Services.AddSingleton<LiveFeedListener>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LiveFeedListener>());
        builder.Services.AddSingleton<DeliveryWakeUp>();
        builder.Services.AddSingleton<AnswerLinks>();
        builder.Services.AddSingleton<UnsubscribeLinks>();
        builder.Services.AddSingleton<EmailSender>();
        builder.Services.AddSingleton<IWebhookHostResolver, WebhookHostResolver>();
        builder.Services.AddSingleton<WebhookTargets>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<WebhookUrlPolicy>();
        builder.Services.AddSingleton<DispatchWriter>();
        builder.Services.AddScoped<NotificationDispatcher>();
        builder.Services.AddScoped<NudgeWithdrawal>();
        builder.Services.AddScoped<OneClickReplies>();
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.Services.AddSingleton<WeeklySummaryCalendar>();
        builder.Services.AddSingleton<WeeklySummaryScheduler>();
        builder.Services.AddHostedService(services => services.GetRequiredService<WeeklySummaryScheduler>());

        builder.Services.AddHttpClient<IngestionReplies>((services, client) =>
            client.BaseAddress = new Uri(builder.Configuration[$"{NotificationOptions.Section}:{nameof(NotificationOptions.IngestionBaseUrl)}"] ?? "http://ingestion"));
        // Retrying is the weekly summary scan's: a member ResponseTracking does not answer is asked again at the next one.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<ResponseTrackingClient>(client =>
            {
                client.BaseAddress = new Uri(builder.Configuration[$"{WeeklySummaryOptions.Section}:{nameof(WeeklySummaryOptions.ResponseTrackingBaseUrl)}"] ?? "http://responsetracking");
                client.Timeout = TimeSpan.FromSeconds(10);
            })
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return builder;
    }

    public static WebApplication MapNotificationEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapListNotifications();
        app.MapMarkRead();
        app.MapLiveStream();
        app.MapAnswers();
        app.MapPreferences();
        app.MapWebhookSubscriptions();
        app.MapWebhookDeliveryLog();
        app.MapWebhookRedelivery();
        app.MapWebhookPing();
        app.MapWebhookSecretRotation();
        app.MapUnsubscribe();
        return app;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(service => service.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
