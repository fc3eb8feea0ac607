using Microsoft.Kiota.Http.HttpClientLibrary;
using NetworkingPlatform.Client.Gateway;
using NetworkingPlatform.Client.Ingestion;
using NetworkingPlatform.Client.Mailboxes;
using NetworkingPlatform.Client.Notification;
using NetworkingPlatform.Client.OpportunityMatching;
using NetworkingPlatform.Client.ResponseTracking;

namespace NetworkingPlatform.Client;

/// <summary>
/// The platform's REST API as an integrator calls it: one generated client per OpenAPI document (contract/openapi), all
/// through the Gateway at <c>gateway</c>, every request carrying the tenant's API key in <c>X-Api-Key</c>.
/// </summary>
public sealed class NetworkingPlatformClient : IDisposable
{
    private readonly HttpClientRequestAdapter adapter;

    /// <param name="gateway">The Gateway's base address, e.g. <c>https://api.example.com</c>.</param>
    /// <param name="apiKey">A key created by a tenant admin (Gateway: <c>/api/v1/tenant/api-keys</c>).</param>
    /// <param name="httpClient">Your own client (handlers, timeouts); by default Kiota's, with retries and redirects.</param>
    public NetworkingPlatformClient(Uri gateway, string apiKey, HttpClient? httpClient = null)
    {
        adapter = new HttpClientRequestAdapter(new GatewayApiKey(gateway, apiKey), httpClient: httpClient)
        {
            BaseUrl = gateway.GetLeftPart(UriPartial.Path).TrimEnd('/'),
        };
        Gateway = new GatewayClient(adapter);
        Ingestion = new IngestionClient(adapter);
        ResponseTracking = new ResponseTrackingClient(adapter);
        OpportunityMatching = new OpportunityMatchingClient(adapter);
        Notification = new NotificationClient(adapter);
        Mailboxes = new MailboxesClient(adapter);
    }

    /// <summary>Accounts, members, invitations, API keys and the audit log.</summary>
    public GatewayClient Gateway { get; }

    /// <summary>Messages, batches, invitations, profiles and LinkedIn imports.</summary>
    public IngestionClient Ingestion { get; }

    /// <summary>Conversations, inboxes, responsiveness and response promises.</summary>
    public ResponseTrackingClient ResponseTracking { get; }

    /// <summary>Needs, offers, matches and introductions.</summary>
    public OpportunityMatchingClient OpportunityMatching { get; }

    /// <summary>The in-app feed, preferences, one-click answers and webhooks.</summary>
    public NotificationClient Notification { get; }

    /// <summary>Connected IMAP mailboxes and email addresses linked to people.</summary>
    public MailboxesClient Mailboxes { get; }

    public void Dispose() => adapter.Dispose();
}
