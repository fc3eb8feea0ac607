using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace NetworkingPlatform.Gateway.Docs;

/// <summary>
/// Each service describes its own endpoints (<c>/openapi/v1.json</c>); the Gateway serves those documents as
/// <c>/openapi/&lt;service&gt;.json</c>, pointed at itself and with its authentication, for Scalar at <c>/docs</c>.
/// </summary>
public sealed class ServiceDocuments(IHttpClientFactory clients, TimeProvider clock, ILogger<ServiceDocuments> logger)
{
    public const string ClientName = "openapi";
    public static readonly IReadOnlyList<(string Service, string Title)> Services =
    [
        ("ingestion", "Ingestion — messages, batches, invitations, profiles, LinkedIn imports"),
        ("responsetracking", "ResponseTracking — conversations, inboxes, responsiveness, promises"),
        ("opportunitymatching", "OpportunityMatching — needs, offers, matches, introductions"),
        ("notification", "Notification — in-app feed, preferences, one-click answers, webhooks"),
        ("mailboxes", "Mailboxes — connected IMAP mailboxes, their sync, email addresses linked to people"),
    ];

    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (DateTimeOffset FetchedAt, JsonNode Document)> cache = new();

    public async Task<JsonNode?> Get(string service, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(service, out var cached) && now - cached.FetchedAt < CacheFor)
        {
            return cached.Document;
        }

        try
        {
            var client = clients.CreateClient(ClientName);
            var document = JsonNode.Parse(await client.GetStringAsync($"http://{service}/openapi/v1.json", cancellationToken))!;
            document["servers"] = new JsonArray();
            OpenApiSecurity.AddTo(document);
            cache[service] = (now, document);
            return document;
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "The OpenAPI document of {Service} is not available", service);
            return cached.Document;
        }
    }
}
