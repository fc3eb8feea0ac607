extern alias mailboxes;
using System.Net.Http.Json;
using System.Text.Json;
using NetworkingPlatform.TestServers;
using MailboxView = mailboxes::NetworkingPlatform.Mailboxes.MailboxView;

namespace NetworkingPlatform.Mailboxes.FunctionalTests;

internal static class MailboxApi
{
    public static async Task<MailboxView> Connect(this HttpClient mailboxes, object request)
    {
        var response = await mailboxes.PostAsJsonAsync("/api/v1/mailboxes", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<MailboxView>(body, JsonSerializerOptions.Web)!;
    }

    public static Task<MailboxView> WaitUntil(this HttpClient mailboxes, string id, Func<MailboxView, bool> condition, TimeSpan? timeout = null, string? what = null) =>
        Eventually.Get(async () =>
        {
            var view = await mailboxes.GetFromJsonAsync<MailboxView>($"/api/v1/mailboxes/{id}");
            return view is not null && condition(view) ? view : null;
        }, timeout ?? TimeSpan.FromSeconds(60), what ?? $"mailbox {id} reaching the expected state");

    public static Task<MailboxView> WaitUntilLive(this HttpClient mailboxes, string id) =>
        mailboxes.WaitUntil(id, view => view.Sync.Phase == "live", what: $"mailbox {id}'s first sync finishing");

    /// <summary>The conversation's status at ResponseTracking, or null while it does not exist.</summary>
    public static async Task<JsonElement?> Conversation(this HttpClient responseTracking, string conversationId)
    {
        var response = await responseTracking.GetAsync($"/api/v1/conversations/{Uri.EscapeDataString(conversationId)}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    public static async Task<JsonElement> ConversationWhen(this HttpClient responseTracking, string conversationId, Func<JsonElement, bool> condition, TimeSpan? timeout = null) =>
        (JsonElement)await Eventually.Get(async () => await responseTracking.Conversation(conversationId) is { } status && condition(status) ? (object)status : null,
            timeout ?? TimeSpan.FromSeconds(60), $"conversation {conversationId} reaching the expected state");

    public static string State(this JsonElement status) => status.GetProperty("state").GetString()!;

    public static string[] AwaitingReplyFrom(this JsonElement status) =>
        [.. status.GetProperty("awaitingReplyFrom").EnumerateArray().Select(a => a.GetProperty("member").GetString()!).Order()];

    public static int MessageCount(this JsonElement status) => status.GetProperty("messageCount").GetInt32();
}
