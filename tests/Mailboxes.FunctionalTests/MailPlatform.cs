extern alias ingestion;
extern alias mailboxes;
extern alias responsetracking;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.TestServers;
using IngestionIntake = mailboxes::NetworkingPlatform.Mailboxes.Intake.IngestionIntake;
using IngestionProgram = ingestion::Program;
using MailboxesProgram = mailboxes::Program;
using ResponseTrackingProgram = responsetracking::Program;

namespace NetworkingPlatform.Mailboxes.FunctionalTests;

/// <summary>
/// Ingestion, ResponseTracking and the Mailboxes service in this process, on a database and vhost of their own, the
/// Mailboxes service handing emails to this Ingestion; the local Dovecot (or a test's own) as the mail server. The
/// Mailboxes service can be stopped and started again on the same database, as a restart.
/// </summary>
public sealed class MailPlatform : IAsyncLifetime
{
    private WebApplicationFactory<MailboxesProgram>? mailboxes;
    private PlatformServiceFactory<MailboxesProgram>? mailboxesBase;

    public IsolatedInfrastructure Infrastructure { get; } = new();

    public LocalMailServer MailServer { get; } = LocalMailServer.Load();

    public PlatformServiceFactory<IngestionProgram> Ingestion { get; private set; } = null!;

    public PlatformServiceFactory<ResponseTrackingProgram> ResponseTracking { get; private set; } = null!;

    public TestBus Bus { get; private set; } = null!;

    public WebApplicationFactory<MailboxesProgram> Mailboxes => mailboxes ?? throw new InvalidOperationException("The Mailboxes service is stopped.");

    public async Task InitializeAsync()
    {
        await Infrastructure.InitializeAsync();
        Ingestion = new PlatformServiceFactory<IngestionProgram>(Infrastructure);
        ResponseTracking = new PlatformServiceFactory<ResponseTrackingProgram>(Infrastructure);
        Bus = await TestBus.Start(Infrastructure.RabbitMqConnectionString, typeof(MessagesIngested));
        _ = Ingestion.Server;
        _ = ResponseTracking.Server;
        StartMailboxes();
    }

    /// <summary>Starts the Mailboxes service (again): its syncs resume from what it stored.</summary>
    public void StartMailboxes()
    {
        mailboxesBase = new PlatformServiceFactory<MailboxesProgram>(Infrastructure, new Dictionary<string, string>
        {
            ["Mailboxes:KeyEncryptionKey"] = Infrastructure.MailboxKey,
            ["Mailboxes:IngestionUrl"] = "http://localhost",
            ["Mailboxes:LookForMailboxesEvery"] = "00:00:01",
        });
        mailboxes = mailboxesBase.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddHttpClient<IngestionIntake>().ConfigurePrimaryHttpMessageHandler(() => Ingestion.Server.CreateHandler())));
        _ = mailboxes.Server;
    }

    public async Task StopMailboxes()
    {
        if (mailboxes is not null)
        {
            await mailboxes.DisposeAsync();
            await mailboxesBase!.DisposeAsync();
            mailboxes = null;
        }
    }

    /// <summary>A client of the Mailboxes service for the tenant, as the Gateway forwards an API key's request (no member).</summary>
    public HttpClient MailboxesClient(string tenantId, string? member = null) =>
        WithIdentity(Mailboxes.CreateClient(), tenantId, member);

    public HttpClient ResponseTrackingClient(string tenantId) => WithIdentity(ResponseTracking.CreateClient(), tenantId, null);

    public IServiceProvider MailboxesServices => Mailboxes.Services;

    private HttpClient WithIdentity(HttpClient client, string tenantId, string? member)
    {
        var signingKey = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(Infrastructure.SigningKey));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            ServiceDefaults.Identity.PlatformIdentityTokens.IssueForService(signingKey, tenantId, "test", "read write", member, DateTime.UtcNow));
        return client;
    }

    public async Task DisposeAsync()
    {
        await StopMailboxes();
        await Bus.DisposeAsync();
        await ResponseTracking.DisposeAsync();
        await Ingestion.DisposeAsync();
        await Infrastructure.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class MailPlatformCollection : ICollectionFixture<MailPlatform>
{
    public const string Name = "mail platform";
}
