using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.InApp.ListingNotifications;
using NetworkingPlatform.Notification.InApp.StoringNotifications;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.Notification.Extensions;

public static class NotificationExtensions
{
    public const string SchemaName = "notification";

    public static IHostApplicationBuilder AddNotification(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.Services.AddOpenApi();
        builder.AddPlatformMarten(SchemaName, options =>
            options.Schema.For<InAppNotification>().Index(n => n.Recipient));
        builder.AddPlatformMessaging(bus => bus.AddConsumer<ConversationAnsweredConsumer>());
        return builder;
    }

    public static WebApplication MapNotificationEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapListNotifications();
        return app;
    }
}
