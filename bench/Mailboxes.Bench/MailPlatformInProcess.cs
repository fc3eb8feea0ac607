extern alias ingestion;
extern alias mailboxes;
extern alias responsetracking;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.TestServers;
using IngestionIntake = mailboxes::NetworkingPlatform.Mailboxes.Intake.IngestionIntake;
using IngestionProgram = ingestion::Program;
using MailboxesProgram = mailboxes::Program;
using ResponseTrackingProgram = responsetracking::Program;

namespace NetworkingPlatform.Mailboxes.Bench;

/// <summary>
/// The path an email takes, in this process on a database and vhost of the run's own: the Mailboxes service reading
/// the local Dovecot and handing batches to Ingestion, which announces them to ResponseTracking over RabbitMQ.
/// </summary>
public sealed class MailPlatformInProcess : IAsyncDisposable
{
    private readonly IsolatedInfrastructure infrastructure;
    private readonly PlatformServiceFactory<IngestionProgram> ingestion;
    private readonly PlatformServiceFactory<ResponseTrackingProgram> responseTracking;
    private readonly PlatformServiceFactory<MailboxesProgram> mailboxesBase;
    private readonly WebApplicationFactory<MailboxesProgram> mailboxes;

    private MailPlatformInProcess(IsolatedInfrastructure infrastructure)
    {
        var quiet = new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            // TestServer has no request body limit to apply: said once per request, it would bury the figures.
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
        };
        this.infrastructure = infrastructure;
        ingestion = new PlatformServiceFactory<IngestionProgram>(infrastructure, quiet);
        responseTracking = new PlatformServiceFactory<ResponseTrackingProgram>(infrastructure, quiet);
        mailboxesBase = new PlatformServiceFactory<MailboxesProgram>(infrastructure, new Dictionary<string, string>(quiet)
        {
            ["Mailboxes:KeyEncryptionKey"] = infrastructure.MailboxKey,
            ["Mailboxes:IngestionUrl"] = "http://localhost",
        });
        mailboxes = mailboxesBase.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddHttpClient<IngestionIntake>().ConfigurePrimaryHttpMessageHandler(() => ingestion.Server.CreateHandler())));
    }

    public static async Task<MailPlatformInProcess> Start()
    {
        // The services' content roots, which WebApplicationFactory finds by itself only from test projects.
        foreach (var service in new[] { "Ingestion", "ResponseTracking", "Mailboxes" })
        {
            Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{service.ToUpperInvariant()}", Path.Combine(RepositoryPaths.Root(), "src", service));
        }

        var infrastructure = new IsolatedInfrastructure();
        await infrastructure.InitializeAsync();
        var platform = new MailPlatformInProcess(infrastructure);
        _ = platform.ingestion.Server;
        _ = platform.responseTracking.Server;
        _ = platform.mailboxes.Server;
        return platform;
    }

    public string PostgresConnectionString => infrastructure.PostgresConnectionString;

    public HttpClient Mailboxes(string tenantId) => WithIdentity(mailboxes.CreateClient(), tenantId);

    public HttpClient ResponseTracking(string tenantId) => WithIdentity(responseTracking.CreateClient(), tenantId);

    private HttpClient WithIdentity(HttpClient client, string tenantId)
    {
        client.DefaultRequestHeaders.Authorization = new("Bearer", GatewayIdentityTokens.Issue(infrastructure.SigningKey, tenantId, "read write"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await mailboxes.DisposeAsync();
        await mailboxesBase.DisposeAsync();
        await responseTracking.DisposeAsync();
        await ingestion.DisposeAsync();
        await infrastructure.DisposeAsync();
    }
}
