using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>Creates tenant A's resources through the Gateway: a conversation, an invitation, a profile, an import, opportunities, an introduction, a webhook, a notification, a tenant invitation.</summary>
public sealed class TenantAData(HttpClient a)
{
    public async Task<TenantAResources> Create()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var draft = new TenantAResources(
            Marker: $"secretmarker{suffix}", Member: $"ana-{suffix}", Counterpart: $"luis-{suffix}", ConversationId: $"conv-a-{suffix}",
            InvitationId: $"inv-a-{suffix}", ImportId: "", OfferId: "", NeedId: "", IntroductionId: "", WebhookId: "", NotificationId: "", TenantInvitationId: "");

        await Send(HttpStatusCode.Accepted, "/api/v1/messages", RequestCatalogue.Message(draft, $"{draft.ConversationId}-1"));
        await Send(HttpStatusCode.Accepted, "/api/v1/messages", RequestCatalogue.Message(draft, $"{draft.ConversationId}-2", reply: true));
        await Send(HttpStatusCode.Accepted, "/api/v1/invitations", new JsonObject
        {
            ["invitationId"] = draft.InvitationId, ["from"] = draft.Counterpart, ["to"] = draft.Member,
            ["sentAt"] = DateTimeOffset.UtcNow.ToString("O"), ["message"] = $"Conectemos {draft.Marker}", ["channel"] = "linkedin",
        });
        await Check(HttpStatusCode.OK, await a.PutAsync($"/api/v1/profiles/{draft.Member}",
            RequestCatalogue.Json(RequestCatalogue.BodyOf(Operation("PUT", "/api/v1/profiles/{member}"), draft)!.ToJsonString())), "profile");
        await Check(HttpStatusCode.OK, await a.PutAsync($"/api/v1/responses/members/{draft.Member}/promise",
            RequestCatalogue.Json(RequestCatalogue.BodyOf(Operation("PUT", "/api/v1/responses/members/{member}/promise"), draft)!.ToJsonString())), "promise");
        await Check(HttpStatusCode.OK, await a.PutAsync($"/api/v1/preferences/{draft.Member}",
            RequestCatalogue.Json(RequestCatalogue.BodyOf(Operation("PUT", "/api/v1/preferences/{member}"), draft)!.ToJsonString())), "preferences");

        var import = await a.PostAsync($"/api/v1/imports?member={draft.Member}", RequestCatalogue.ContentFor(Operation("POST", "/api/v1/imports"), draft));
        var importId = IdOf(await (await Check(HttpStatusCode.Accepted, import, "import")).Content.ReadFromJsonAsync<JsonObject>() ?? []);
        var offerId = IdOf(await Send(HttpStatusCode.Created, "/api/v1/opportunities", RequestCatalogue.Offer(draft)));
        var needId = IdOf(await Send(HttpStatusCode.Created, "/api/v1/opportunities", RequestCatalogue.Offer(draft, draft.Counterpart, "need")));
        var introductionId = IdOf(await Send(HttpStatusCode.Created, "/api/v1/introductions", new JsonObject
        {
            ["requestedBy"] = draft.Counterpart, ["opportunityId"] = needId, ["matchedOpportunityId"] = offerId, ["message"] = $"Hola {draft.Marker}",
        }));
        // No reply is overdue while the suites run: the webhook exists and no delivery is ever attempted.
        var webhookId = IdOf(await Send(HttpStatusCode.Created, "/api/v1/webhooks", new JsonObject
        {
            ["url"] = "https://hooks.example.org/np", ["eventTypes"] = new JsonArray("reply-overdue"),
        }));
        var tenantInvitationId = (await Send(HttpStatusCode.Created, "/api/v1/tenant/invitations", new JsonObject
        {
            ["email"] = $"colleague-{draft.Marker}@example.org", ["role"] = "member",
        }))["invitationId"]!.GetValue<string>();

        var notificationId = await Eventually.Get(async () =>
        {
            var page = await a.GetFromJsonAsync<JsonObject>($"/api/v1/notifications?member={draft.Member}");
            return (page?["items"] as JsonArray)?.FirstOrDefault()?["id"]?.ToString();
        }, TimeSpan.FromSeconds(60), "tenant A's notification");
        await Eventually.Get(async () =>
        {
            var status = await a.GetFromJsonAsync<JsonObject>($"/api/v1/imports/{importId}");
            return status?["status"]?.GetValue<string>() is "completed" or "failed" ? status : null;
        }, TimeSpan.FromSeconds(90), "tenant A's import finishing");

        return draft with
        {
            ImportId = importId,
            OfferId = offerId,
            NeedId = needId,
            IntroductionId = introductionId,
            WebhookId = webhookId,
            NotificationId = notificationId,
            TenantInvitationId = tenantInvitationId,
        };
    }

    private static ApiOperation Operation(string method, string path) => new("test", method, path, [], ["application/json"]);

    private async Task<JsonObject> Send(HttpStatusCode expected, string path, JsonObject body) =>
        await (await Check(expected, await a.PostAsync(path, RequestCatalogue.Json(body.ToJsonString())), path)).Content.ReadFromJsonAsync<JsonObject>() ?? [];

    private static async Task<HttpResponseMessage> Check(HttpStatusCode expected, HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode || (expected == HttpStatusCode.Created && response.StatusCode != expected))
        {
            throw new InvalidOperationException($"Creating tenant A's {what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }

    private static string IdOf(JsonObject body) => body["id"]!.ToString();
}
