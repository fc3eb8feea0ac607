using JasperFx.Events.Daemon;
using NetworkingPlatform.Ingestion.IntegrationEvents;
using NetworkingPlatform.Ingestion.Messages.IngestingMessage;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.Ingestion.Extensions;

public static class IngestionExtensions
{
    public const string SchemaName = "ingestion";

    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.Services.AddOpenApi();
        builder.AddPlatformMarten(SchemaName, _ => { })
            .AddSubscriptionWithServices<IngestedMessagesForwarder>(ServiceLifetime.Singleton)
            .AddAsyncDaemon(DaemonMode.HotCold);
        builder.AddPlatformMessaging();
        return builder;
    }

    public static WebApplication MapIngestionEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapIngestMessage();
        return app;
    }
}
