namespace NetworkingPlatform.Portal.Gateway;

/// <summary>The notifications the bell receives live in this circuit, for any page that shows them as they arrive.</summary>
public sealed class LiveNotifications
{
    public event Action<JsonElement>? Arrived;

    public void Announce(JsonElement notification) => Arrived?.Invoke(notification);
}
