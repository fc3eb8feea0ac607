using Aspire.Hosting.Testing;
using Microsoft.Kiota.Abstractions;
using NetworkingPlatform.Client;
using NetworkingPlatform.Client.Ingestion.Models;
using NetworkingPlatform.Client.Notification.Models;
using NetworkingPlatform.Client.OpportunityMatching.Models;
using NetworkingPlatform.Client.ResponseTracking.Models;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// An integrator's journey written with nothing but the generated client (src/Client): its requests, its models, its
/// typed errors. The HTTP client under it is the suite's, so every answer is also checked against the contract.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GeneratedClientJourneyTests(PlatformFixture platform)
{
    private const string WaitingOnYou = "waiting-on-you";

    [Fact]
    public async Task An_integrator_tracks_replies_pages_waits_registers_a_webhook_and_finds_a_match_with_only_the_generated_client()
    {
        using var http = platform.GatewayClient(apiKey: null);
        using var api = new NetworkingPlatformClient(platform.App.GetEndpoint("gateway", "http"), platform.DemoApiKey, http);
        var id = Guid.NewGuid().ToString("N")[..8];
        var (member, asker, colleague) = ($"lucia-{id}", $"diego-{id}", $"sofia-{id}");
        var (live, answeredInHistory, waitingInHistory) = ($"client-{id}-live", $"client-{id}-h1", $"client-{id}-h2");
        var now = DateTimeOffset.UtcNow;

        var posted = await api.Ingestion.Api.V1.Messages.PostAsync(
            Message(live, $"{live}-1", asker, member, now.AddHours(-3), "Hola Lucía, ¿podemos hablar esta semana de tu propuesta?"));
        Assert.Equal(live, posted!.ConversationId);

        var batch = await api.Ingestion.Api.V1.Messages.Batch.PostAsync(new IngestBatchRequest
        {
            History = true,
            Messages =
            [
                Message(answeredInHistory, $"{answeredInHistory}-1", colleague, member, now.AddDays(-20), "¿Te interesa revisar el presupuesto conmigo?"),
                Message(answeredInHistory, $"{answeredInHistory}-2", member, colleague, now.AddDays(-19), "Sí, claro. Lo reviso mañana."),
                Message(waitingInHistory, $"{waitingInHistory}-1", colleague, member, now.AddDays(-10), "¿Podrías enviarme el contrato firmado?"),
            ],
        });
        Assert.Equal(3, batch!.Messages!.Count);

        var waiting = await Eventually.Get(() => Conversation(api, live, "awaiting-reply"), what: "the live conversation waiting on the member");
        Assert.Equal(member, waiting.AwaitingReplyFrom!.Single().Member);

        // Both waits on the member, a page of one at a time, oldest first: the history's, then the live one.
        var firstPage = await Eventually.Get(async () =>
        {
            var page = await Inbox(api, member, page: 1, pageSize: 1);
            return page.Total == 2 ? page : null;
        }, what: "both waits in the member's inbox");
        Assert.True(firstPage is { Page: 1, PageSize: 1 });
        Assert.Equal(waitingInHistory, firstPage.Items!.Single().ConversationId);
        Assert.Equal(live, (await Inbox(api, member, page: 2, pageSize: 1)).Items!.Single().ConversationId);

        await api.Ingestion.Api.V1.Messages.PostAsync(Message(live, $"{live}-2", member, asker, now.AddHours(-1), "No, gracias. Por ahora no me interesa."));
        var answered = await Eventually.Get(() => Conversation(api, live, "answered"), what: "the live conversation answered");
        Assert.Empty(answered.AwaitingReplyFrom!);
        var remaining = await Eventually.Get(async () =>
        {
            var page = await Inbox(api, member, page: 1, pageSize: 10);
            return page.Total == 1 ? page : null;
        }, what: "the answered wait gone from the inbox");
        Assert.Equal(waitingInHistory, remaining.Items!.Single().ConversationId);

        var webhook = await api.Notification.Api.V1.Webhooks.PostAsync(new SubscribeRequest
        {
            Url = $"https://{PlatformFixture.WebhookHost}/client-{id}", EventTypes = ["reply-overdue"],
        });
        Assert.False(string.IsNullOrEmpty(webhook!.Secret));
        var webhooks = await api.Notification.Api.V1.Webhooks.GetAsync(request => request.QueryParameters.PageSize = 100);
        Assert.Contains(webhooks!.Items!, listed => listed.Id == webhook.Id && listed.Url == webhook.Url);

        var offer = await api.OpportunityMatching.Api.V1.Opportunities.PostAsync(Opportunity(colleague, "offer", "sell", "Traducción técnica al inglés",
            "Traduzco manuales y documentación técnica del español al inglés."));
        var need = await api.OpportunityMatching.Api.V1.Opportunities.PostAsync(Opportunity(asker, "need", "buy", "Busco traductor técnico",
            "Necesito traducir al inglés la documentación técnica de mi producto."));
        Assert.Contains(need!.Matches!, match => match.OpportunityId == offer!.Id);
        var matches = await api.OpportunityMatching.Api.V1.Opportunities[need.Id!].Matches.GetAsync();
        Assert.Contains(matches!.Matches!, match => match.OpportunityId == offer!.Id && match.Owner == colleague);

        var refused = await Assert.ThrowsAsync<Client.Ingestion.Models.HttpValidationProblemDetails>(() =>
            api.Ingestion.Api.V1.Messages.PostAsync(Message(conversation: null, $"{live}-3", asker, member, now, "Sin conversación")));
        Assert.Equal(400, refused.ResponseStatusCode);
        Assert.Contains("conversationId", refused.Errors!.AdditionalData.Keys);
    }

    private static IngestMessageRequest Message(string? conversation, string messageId, string from, string to, DateTimeOffset sentAt, string body) => new()
    {
        ConversationId = conversation, MessageId = messageId, From = from, To = [to], SentAt = sentAt, Body = body, Channel = "linkedin",
    };

    private static OpportunityRequest Opportunity(string owner, string side, string mode, string title, string description) => new()
    {
        Owner = owner, Side = side, Category = "service", Mode = mode, Title = title, Description = description, Tags = ["traduccion"], Remote = true,
    };

    private static async Task<ConversationStatusResponse?> Conversation(NetworkingPlatformClient api, string conversation, string state)
    {
        try
        {
            var status = await api.ResponseTracking.Api.V1.Conversations[conversation].GetAsync();
            return status?.State == state ? status : null;
        }
        catch (ApiException notYet) when (notYet.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private static async Task<InboxResponse> Inbox(NetworkingPlatformClient api, string member, int page, int pageSize) =>
        (await api.ResponseTracking.Api.V1.Responses.Members[member].Inbox.GetAsync(request =>
        {
            request.QueryParameters.View = WaitingOnYou;
            request.QueryParameters.Page = page;
            request.QueryParameters.PageSize = pageSize;
        }))!;
}
