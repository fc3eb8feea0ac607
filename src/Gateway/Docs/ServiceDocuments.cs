namespace NetworkingPlatform.Gateway.Docs;

/// <summary>
/// Each service describes its own endpoints (<c>/openapi/v1.json</c>); the Gateway serves those documents as
/// <c>/openapi/&lt;service&gt;.json</c>, pointed at itself and completed with what holds for every operation behind it
/// (<see cref="ContractConventions"/>), for Scalar at <c>/docs</c> and for clients generated from them.
/// </summary>
public sealed class ServiceDocuments(IHttpClientFactory clients, TimeProvider clock, IConfiguration configuration, ILogger<ServiceDocuments> logger)
{
    public const string ClientName = "openapi";
    public const string PublicUrlSetting = "Docs:PublicUrl";
    public const string DefaultPublicUrl = "http://localhost:5080";

    public static readonly IReadOnlyList<ApiDocument> Services =
    [
        new("ingestion", "Ingestion — messages, batches, invitations, profiles, LinkedIn imports",
            "Takes conversations in: single messages and batches of up to 10,000 (all or none), connection invitations, members' "
            + "profiles, and members' LinkedIn data exports. Each message is taken once per tenant by its messageId; POSTs accept "
            + "Idempotency-Key."),
        new("responsetracking", "ResponseTracking — conversations, inboxes, responsiveness, promises",
            "Who owes whom a reply: each conversation's status and history, each member's inbox (waiting on you, waiting on "
            + "others), responsiveness figures over 90 days, their trend and reply-time histogram, response promises."),
        new("opportunitymatching", "OpportunityMatching — needs, offers, matches, introductions",
            "Needs and offers matched by text, tags, language and location and ranked by how responsive their owners are, "
            + "each match explained; double opt-in introductions that become tracked conversations."),
        new("notification", "Notification — in-app feed, preferences, one-click answers, webhooks",
            "What members and integrators hear: the in-app feed and its live stream, notification preferences, one-click "
            + "answers (in the app and from signed email links), one-click unsubscribing from email, and signed webhooks with their "
            + "delivery log, test pings and secret rotation."),
        new("mailboxes", "Mailboxes — connected IMAP mailboxes, their sync, email addresses linked to people",
            "Email conversations: members connect IMAP mailboxes (tested on save, failures named by cause, app passwords "
            + "encrypted and never returned), each mailbox's sync (its first sync as history, then new mail as it arrives) and "
            + "the mail it counted but did not track, and email addresses linked to the people directory."),
    ];

    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (DateTimeOffset FetchedAt, JsonNode Document)> cache = new();

    public string PublicUrl => configuration[PublicUrlSetting] ?? DefaultPublicUrl;

    public async Task<JsonNode?> Get(ApiDocument about, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(about.Name, out var cached) && now - cached.FetchedAt < CacheFor)
        {
            return cached.Document;
        }

        try
        {
            var client = clients.CreateClient(ClientName);
            var document = JsonNode.Parse(await client.GetStringAsync($"http://{about.Name}/openapi/v1.json", cancellationToken))!;
            ContractConventions.Apply(document, about, PublicUrl);
            cache[about.Name] = (now, document);
            return document;
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "The OpenAPI document of {Service} is not available", about.Name);
            return cached.Document;
        }
    }
}
