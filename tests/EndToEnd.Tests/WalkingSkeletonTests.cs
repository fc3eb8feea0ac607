using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting.Testing;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class WalkingSkeletonTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_message_and_its_reply_flow_from_the_gateway_to_status_notification_and_matching()
    {
        var client = platform.GatewayClient(platform.DemoApiKey);
        var conversation = $"c-{Guid.NewGuid():N}";
        // Live messages: anything sent longer ago than the freshness bound (48 h) is history and announces nothing.
        var askedAt = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddHours(DateTime.UtcNow.Hour - 3);
        var question = new
        {
            conversationId = conversation, messageId = $"{conversation}-1", from = "ana-garcia", to = new[] { "luis-perez" },
            sentAt = askedAt, body = "Hola Luis, ¿te interesa una llamada para hablar del proyecto?", channel = "linkedin",
        };

        var posted = await client.PostAsJsonAsync("/api/v1/messages", question);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        var waiting = await Eventually.Get(() => Status(client, conversation, "awaiting-reply"), what: "the conversation awaiting Luis");
        Assert.Equal("luis-perez", waiting.AwaitingReplyFrom.Single().Member);
        Assert.Equal(askedAt, waiting.AwaitingReplyFrom.Single().Since);

        var reply = new
        {
            conversationId = conversation, messageId = $"{conversation}-2", from = "luis-perez", to = new[] { "ana-garcia" },
            sentAt = askedAt.AddMinutes(150), body = "No, gracias. Por ahora no me interesa.", channel = "linkedin",
        };
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/messages", reply)).StatusCode);

        var answered = await Eventually.Get(() => Status(client, conversation, "answered"), what: "the conversation answered");
        Assert.Equal(TimeSpan.FromMinutes(150), answered.FirstReplyTime);

        var notifications = await Eventually.Get(async () =>
        {
            var page = await client.GetFromJsonAsync<NotificationPage>("/api/v1/notifications?member=ana-garcia");
            return page!.Items.Any(n => n.ConversationId == conversation) ? page : null;
        }, what: "Ana's notification");
        Assert.Equal("luis-perez declined", notifications.Items.Single(n => n.ConversationId == conversation).Title);

        var figures = await Eventually.Get(async () =>
        {
            var response = await client.GetAsync("/api/v1/matching/members/luis-perez/responsiveness");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<Figures>() : null;
        }, what: "matching learning Luis's responsiveness");
        Assert.True(figures.Answered >= 1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("np_demo_wrongwrongwrongwrong")]
    public async Task A_request_without_a_valid_api_key_gets_401_problem_details(string? key)
    {
        var response = await platform.GatewayClient(key).GetAsync("/api/v1/conversations/anything");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Status);
    }

    [Fact]
    public async Task A_service_called_without_the_gateway_refuses()
    {
        var direct = platform.App.CreateHttpClient("responsetracking");
        direct.DefaultRequestHeaders.Add("X-Api-Key", platform.DemoApiKey);

        var response = await direct.GetAsync("/api/v1/conversations/anything");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<Conversation?> Status(HttpClient client, string conversation, string state)
    {
        var response = await client.GetAsync($"/api/v1/conversations/{conversation}");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var status = await response.Content.ReadFromJsonAsync<Conversation>();
        return status?.State == state ? status : null;
    }

    private sealed record Conversation(string State, IReadOnlyList<Awaited> AwaitingReplyFrom, TimeSpan? FirstReplyTime);

    private sealed record Awaited(string Member, DateTimeOffset Since);

    private sealed record NotificationPage(int Unread, IReadOnlyList<NotificationItem> Items);

    private sealed record NotificationItem(string Title, string? ConversationId);

    private sealed record Figures(double? ResponseRate, int Answered);
}
