using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>
/// A well-formed request for every documented operation, aimed at tenant A's resources. A documented operation that
/// takes a body but has none here fails the suites, so a new endpoint cannot slip past them.
/// </summary>
public static class RequestCatalogue
{
    public static readonly byte[] DemoExport = File.ReadAllBytes(RepositoryPaths.Seed("linkedin", "Basic_LinkedInDataExport_11-20-2026.zip"));

    public static string PathFor(ApiOperation operation, TenantAResources a, string? accountId = null, string? keyId = null, Func<string, string>? pathValue = null)
    {
        var path = operation.Path;
        foreach (var name in operation.PathParameters)
        {
            var value = pathValue?.Invoke(name) ?? ValueOf(name, operation.Path, a, accountId, keyId);
            path = path.Replace($"{{{name}}}", pathValue is null ? Uri.EscapeDataString(value) : value, StringComparison.Ordinal);
        }

        var query = operation.Parameters
            .Where(p => p.In == "query" && p.Name is "member" or "owner" or "requestedBy")
            .Select(p => $"{p.Name}={Uri.EscapeDataString(a.Member)}")
            .ToList();
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    public static HttpRequestMessage For(ApiOperation operation, TenantAResources a, string? accountId = null, string? keyId = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), PathFor(operation, a, accountId, keyId));
        if (operation.HasBody || BodyOf(operation, a) is not null)
        {
            request.Content = ContentFor(operation, a);
        }

        return request;
    }

    public static HttpContent ContentFor(ApiOperation operation, TenantAResources a)
    {
        if (operation.Key == "POST /api/v1/imports")
        {
            var zip = new ByteArrayContent(DemoExport);
            zip.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
            return zip;
        }

        var body = BodyOf(operation, a) ?? throw new InvalidOperationException($"{operation} takes a body: add a well-formed one to the catalogue.");
        return Json(body.ToJsonString());
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A valid JSON body for the operation, or null when it takes none.</summary>
    public static JsonObject? BodyOf(ApiOperation operation, TenantAResources a) => operation.Key switch
    {
        "POST /api/v1/messages" => Message(a, $"sec-{Guid.NewGuid():N}"),
        "POST /api/v1/messages/batch" => new JsonObject { ["messages"] = new JsonArray(Message(a, $"sec-{Guid.NewGuid():N}")) },
        "POST /api/v1/invitations" => new JsonObject
        {
            ["invitationId"] = $"sec-inv-{Guid.NewGuid():N}", ["from"] = a.Counterpart, ["to"] = a.Member,
            ["sentAt"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"), ["message"] = $"Let's connect {a.Marker}", ["channel"] = "linkedin",
        },
        "PUT /api/v1/profiles/{member}" => new JsonObject
        {
            ["firstName"] = "Ana", ["lastName"] = "García", ["headline"] = $"Contadora para pymes {a.Marker}", ["summary"] = "Contabilidad y nómina.",
            ["industry"] = "Accounting", ["location"] = "Ciudad de México", ["languages"] = new JsonArray("es", "en"),
            ["skills"] = new JsonArray("contabilidad", "nómina"),
        },
        "PUT /api/v1/responses/members/{member}/promise" => new JsonObject
        {
            ["withinBusinessDays"] = 2, ["timeZone"] = "America/Mexico_City", ["workdayStart"] = "08:00", ["workdayEnd"] = "16:00",
        },
        "POST /api/v1/opportunities" or "PUT /api/v1/opportunities/{id}" => Offer(a),
        "POST /api/v1/introductions" => new JsonObject
        {
            ["requestedBy"] = a.Counterpart, ["opportunityId"] = a.NeedId, ["matchedOpportunityId"] = a.OfferId, ["message"] = $"Hola {a.Marker}",
        },
        "PUT /api/v1/preferences/{member}" => new JsonObject
        {
            ["language"] = "es", ["timeZone"] = "America/Mexico_City", ["email"] = "ana@example.org", ["emailFrequency"] = "immediate",
        },
        // Nothing listens on port 1: a well-formed request the service answers without connecting anything.
        "POST /api/v1/mailboxes" => new JsonObject
        {
            ["member"] = a.Member, ["host"] = "127.0.0.1", ["port"] = 1, ["tls"] = "none", ["userName"] = "ana@example.org", ["password"] = "an app password",
        },
        "PUT /api/v1/mailboxes/addresses/{address}" => new JsonObject { ["handle"] = "ana-garcia" },
        "POST /api/v1/webhooks" => new JsonObject { ["url"] = "https://hooks.example.org/np", ["eventTypes"] = new JsonArray("reply-overdue") },
        "POST /api/v1/tenant/invitations" => new JsonObject { ["email"] = $"invitee-{Guid.NewGuid():N}@example.org", ["role"] = "member" },
        "POST /api/v1/tenant/api-keys" => new JsonObject { ["name"] = $"key {a.Marker}", ["scopes"] = new JsonArray("read") },
        "PUT /api/v1/account/language" => new JsonObject { ["language"] = "es" },
        "POST /api/v1/account/password" => new JsonObject { ["currentPassword"] = "not the current one", ["newPassword"] = "a new long password" },
        "POST /api/v1/account/sign-in" => new JsonObject { ["email"] = $"nobody-{Guid.NewGuid():N}@example.org", ["password"] = "a wrong password" },
        "POST /api/v1/account/sign-up" => new JsonObject
        {
            ["organisationName"] = $"Org {a.Marker}", ["displayName"] = "Someone", ["email"] = $"signup-{Guid.NewGuid():N}@example.org",
            ["password"] = "a long enough password",
        },
        "POST /api/v1/account/accept-invitation" => new JsonObject
        {
            ["token"] = $"inv_{Guid.NewGuid():N}_{Guid.NewGuid():N}", ["displayName"] = "Someone", ["password"] = "a long enough password",
        },
        _ => null,
    };

    public static JsonObject Message(TenantAResources a, string messageId, string? conversationId = null, bool reply = false) => new()
    {
        ["conversationId"] = conversationId ?? a.ConversationId,
        ["messageId"] = messageId,
        ["from"] = reply ? a.Counterpart : a.Member,
        ["to"] = new JsonArray(reply ? a.Member : a.Counterpart),
        ["sentAt"] = DateTimeOffset.UtcNow.AddMinutes(reply ? -1 : -2).ToString("O"),
        ["body"] = reply ? $"No, gracias. {a.Marker}" : $"Hola, ¿podemos agendar una llamada esta semana? {a.Marker}",
        ["channel"] = "linkedin",
    };

    public static JsonObject Offer(TenantAResources a, string? owner = null, string side = "offer") => new()
    {
        ["owner"] = owner ?? a.Member,
        ["side"] = side,
        ["category"] = "service",
        ["mode"] = side == "offer" ? "sell" : "buy",
        ["title"] = side == "offer" ? "Contabilidad para pymes" : "Busco contador para mi pequeña empresa",
        ["description"] = $"Contabilidad mensual, nómina y declaraciones. {a.Marker}",
        ["tags"] = new JsonArray("contabilidad"),
        ["remote"] = true,
        ["languages"] = new JsonArray("es"),
    };

    private static string ValueOf(string name, string path, TenantAResources a, string? accountId, string? keyId) => name switch
    {
        "member" => a.Member,
        "conversationId" => a.ConversationId,
        "importId" => a.ImportId,
        "accountId" => accountId ?? "unknown-account",
        "deliveryId" => Guid.NewGuid().ToString(),
        "answer" => "decline",
        "token" => $"not-a-valid-token-{Guid.NewGuid():N}",
        "id" when path.StartsWith("/api/v1/opportunities", StringComparison.Ordinal) => a.OfferId,
        "id" when path.StartsWith("/api/v1/introductions", StringComparison.Ordinal) => a.IntroductionId,
        "id" when path.StartsWith("/api/v1/webhooks", StringComparison.Ordinal) => a.WebhookId,
        "id" when path.StartsWith("/api/v1/notifications", StringComparison.Ordinal) => a.NotificationId,
        "id" when path.StartsWith("/api/v1/mailboxes", StringComparison.Ordinal) => "unknown-mailbox",
        "address" => "ana@example.org",
        "id" when path.StartsWith("/api/v1/tenant/api-keys", StringComparison.Ordinal) => keyId ?? "unknown-key",
        _ => throw new InvalidOperationException($"No value for the path parameter '{name}' of {path}: add it to the catalogue."),
    };
}
