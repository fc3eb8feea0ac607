using NetworkingPlatform.AppHost;
using NetworkingPlatform.AppHost.Restarts;

var builder = DistributedApplication.CreateBuilder(args);

var (postgres, rabbitmq) = builder.AddPlatformInfrastructure();
var signingKey = builder.AddParameter("identity-signing-key", secret: true);
var demoApiKey = builder.AddParameter("demo-api-key", secret: true);
var demoPassword = builder.AddParameter("demo-password", secret: true);
var mailboxKey = builder.AddParameter("mailbox-key", secret: true);
// Signs the browser addresses the portal forwards to the Gateway; a fresh one each start unless configured.
var portalForwardingKey = builder.AddParameter("portal-forwarding-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);

var ingestion = builder.AddPlatformService<Projects.Ingestion>("ingestion", postgres, rabbitmq, signingKey);
var responseTracking = builder.AddPlatformService<Projects.ResponseTracking>("responsetracking", postgres, rabbitmq, signingKey);
var opportunityMatching = builder.AddPlatformService<Projects.OpportunityMatching>("opportunitymatching", postgres, rabbitmq, signingKey)
    .WithReference(ingestion);
var mailboxes = builder.AddPlatformService<Projects.Mailboxes>("mailboxes", postgres, rabbitmq, signingKey)
    .WithReference(ingestion)
    .WithEnvironment("Mailboxes__KeyEncryptionKey", mailboxKey)
    .WithDemoMailbox();
var mail = builder.AddDevelopmentMailServer("smtp4dev");
var notification = builder.AddPlatformService<Projects.Notification>("notification", postgres, rabbitmq, signingKey)
    .WithReference(ingestion)
    .WithReference(responseTracking)
    .WithMailServer(mail);

var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithConfiguredReplicas()
    .WithReference(postgres).WaitFor(postgres)
    .WithReference(rabbitmq).WaitFor(rabbitmq)
    .WithQueueType()
    .WithEnvironment("Identity__SigningKey", signingKey)
    .WithEnvironment("Seed__DemoTenantFile", builder.SeedFile("demo-tenant.json"))
    .WithEnvironment("Seed__DemoApiKey", demoApiKey)
    .WithEnvironment("Demo__Password", demoPassword)
    .WithEnvironment("Portal__ForwardingKey", portalForwardingKey)
    .WithReference(ingestion).WaitFor(ingestion)
    .WithReference(responseTracking).WaitFor(responseTracking)
    .WithReference(opportunityMatching).WaitFor(opportunityMatching)
    .WithReference(notification).WaitFor(notification)
    .WithReference(mailboxes).WaitFor(mailboxes)
    .WithHttpHealthCheck("/health")
    .WithPublicEndpoint()
    .WithMetricExportInterval()
    .WithRestartOnCrash();

var portal = builder.AddProject<Projects.Portal>("portal")
    .WithReference(gateway).WaitFor(gateway)
    .WithEnvironment("Portal__ForwardingKey", portalForwardingKey)
    .WithHttpHealthCheck("/health")
    .WithPublicEndpoint()
    .WithMetricExportInterval()
    .WithRestartOnCrash();
gateway.WithEnvironment("Cors__PortalOrigin", portal.GetEndpoint("http"));

builder.Build().Run();
