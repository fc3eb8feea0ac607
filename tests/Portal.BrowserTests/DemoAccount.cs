using System.Net.Http.Json;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>The seeded demo tenant's member (seeds/demo-tenant.json), as the browser tests sign in and write to them.</summary>
internal static class DemoAccount
{
    public const string Member = "german-cruz-29c83";
    public const string LinkedInQuestion = "Hola Germán, ¿podemos agendar una llamada esta semana?";

    /// <summary>A LinkedIn message asking the demo member for a call, three hours old, posted through the Gateway: a wait on them.</summary>
    public static async Task PostLinkedInQuestion(PortalFixture portal, string conversationId)
    {
        var posted = await portal.GatewayClient(portal.DemoApiKey).PostAsJsonAsync("/api/v1/messages", new
        {
            conversationId, messageId = $"{conversationId}-1", from = "ana-garcia", to = new[] { Member },
            sentAt = DateTimeOffset.UtcNow.AddHours(-3), body = LinkedInQuestion, channel = "linkedin",
        });
        posted.EnsureSuccessStatusCode();
    }
}
