using JasperFx.Events.Daemon;
using NetworkingPlatform.Ingestion.Connections;
using NetworkingPlatform.Ingestion.History;
using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.Ingestion.Imports.CancellingImport;
using NetworkingPlatform.Ingestion.Imports.GettingImport;
using NetworkingPlatform.Ingestion.Imports.Running;
using NetworkingPlatform.Ingestion.Imports.StartingImport;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.IntegrationEvents;
using NetworkingPlatform.Ingestion.Invitations.IngestingInvitation;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.Messages.IngestingBatch;
using NetworkingPlatform.Ingestion.Messages.IngestingMessage;
using NetworkingPlatform.Ingestion.People;
using NetworkingPlatform.Ingestion.Profiles.UpsertingProfile;
using NetworkingPlatform.ServiceDefaults.OpenApi;

namespace NetworkingPlatform.Ingestion.Extensions;

public static class IngestionExtensions
{
    public const string SchemaName = "ingestion";

    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.Services.AddPlatformOpenApi(
        [
            new ApiTag("Messages", "Conversations' messages, one at a time or in batches of up to 10,000 (all or none), each taken once per tenant."),
            new ApiTag("Invitations", "Connection invitations: pending until accepted, each a conversation awaiting the invitee."),
            new ApiTag("Profiles", "What members say about themselves (headline, positions, skills, languages), used for matching."),
            new ApiTag("Imports", "Members' LinkedIn data exports: uploaded, imported in the background, followed, reported row by row, cancelled."),
        ]);
        builder.AddPlatformMarten(SchemaName, options =>
            {
                options.Storage.ExtendedSchemaObjects.Add(new IngestedKeysTable(SchemaName));
                options.Storage.ExtendedSchemaObjects.Add(new IdempotencyRecordsTable(SchemaName));
                options.Schema.For<ImportSkippedRow>().Index(row => row.ImportId);
                options.Schema.For<MemberConnection>().Index(connection => connection.Member);
            })
            .AddSubscriptionWithServices<IngestedEventsForwarder>(ServiceLifetime.Singleton)
            .AddSubscriptionWithServices<PeopleDirectoryForwarder>(ServiceLifetime.Singleton)
            .AddAsyncDaemon(DaemonMode.HotCold);
        builder.AddPlatformMessaging();
        builder.Services.AddSingleton<IntakeGroupCommit>();
        builder.Services.AddSingleton<IntakeWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IntakeWriter>());
        builder.Services.Configure<HistoryOptions>(builder.Configuration.GetSection(HistoryOptions.Section));
        builder.Services.AddSingleton<HistoryRule>();
        builder.Services.AddSingleton<IdempotencyStore>();
        builder.Services.AddSingleton<ILeftBehindCount, StuckClaimsCount>();
        builder.AddImports();
        return builder;
    }

    public static WebApplication MapIngestionEndpoints(this WebApplication app)
    {
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapOpenApi().AllowAnonymous();
        app.MapIngestMessage();
        app.MapIngestBatch();
        app.MapStartImport(app.Services.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes);
        app.MapGetImport();
        app.MapCancelImport();
        app.MapIngestInvitation();
        app.MapUpsertProfile();
        return app;
    }
}
