using NetworkingPlatform.Portal.Gateway.Api;

namespace NetworkingPlatform.Portal.Gateway.Clients;

/// <summary>The member's notifications, live and listed, and how they want to hear of things (Notification).</summary>
public sealed class NotificationsClient(PortalGateway gateway)
{
    public Task<GatewayResult<NotificationPage>> Page(string member, int page, int pageSize) =>
        gateway.Get<NotificationPage>($"/api/v1/notifications?member={Uri.EscapeDataString(member)}&page={page}&pageSize={pageSize}");

    public Task<GatewayResult<NoContent>> MarkRead(string notificationId, string member) =>
        gateway.Post<NoContent>($"/api/v1/notifications/{Uri.EscapeDataString(notificationId)}/read?member={Uri.EscapeDataString(member)}", null);

    public Task<GatewayResult<NoContent>> MarkAllRead(string member) =>
        gateway.Post<NoContent>($"/api/v1/notifications/read?member={Uri.EscapeDataString(member)}", null);

    /// <summary>Answers the conversation a notification is about in one click: <paramref name="answer"/> names the reply.</summary>
    public Task<GatewayResult<NoContent>> Answer(string notificationId, string answer, string member) =>
        gateway.Post<NoContent>($"/api/v1/notifications/{Uri.EscapeDataString(notificationId)}/answers/{Uri.EscapeDataString(answer)}?member={Uri.EscapeDataString(member)}", null);

    /// <summary>The member's notifications as they happen (Server-Sent Events), until cancelled.</summary>
    public IAsyncEnumerable<(string Type, JsonElement Data)> Live(string member, CancellationToken cancellationToken) =>
        gateway.Stream($"/api/v1/notifications/stream?member={Uri.EscapeDataString(member)}", cancellationToken);

    public Task<GatewayResult<Preferences>> Preferences(string member) =>
        gateway.Get<Preferences>($"/api/v1/preferences/{Uri.EscapeDataString(member)}");

    public Task<GatewayResult<Preferences>> ChangePreferences(string member, Preferences preferences) =>
        gateway.Put<Preferences>($"/api/v1/preferences/{Uri.EscapeDataString(member)}", preferences);
}
