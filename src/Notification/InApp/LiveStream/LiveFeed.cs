using System.Collections.Concurrent;
using System.Threading.Channels;
using NetworkingPlatform.Notification.InApp.ListingNotifications;

namespace NetworkingPlatform.Notification.InApp.LiveStream;

/// <summary>
/// Hands newly stored notifications to the members' open live streams in this process; they come from whichever
/// replica stored them through <see cref="LiveFeedListener"/>. A slow reader loses the oldest pushes rather than
/// holding the others up; the list endpoint stays the source of truth.
/// </summary>
public sealed class LiveFeed
{
    private const int BufferPerListener = 256;
    private readonly ConcurrentDictionary<(string Tenant, string Member), ConcurrentDictionary<Guid, Channel<NotificationItem>>> listeners = new();

    public LiveSubscription Subscribe(string tenantId, string member)
    {
        var channel = Channel.CreateBounded<NotificationItem>(new BoundedChannelOptions(BufferPerListener) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        var ofMember = listeners.GetOrAdd((tenantId, member), _ => new());
        ofMember[id] = channel;
        return new LiveSubscription(channel.Reader, () => ofMember.TryRemove(id, out _));
    }

    public bool IsFollowed(string tenantId, string member) => listeners.TryGetValue((tenantId, member), out var ofMember) && !ofMember.IsEmpty;

    public void Publish(string tenantId, IEnumerable<InAppNotification> notifications)
    {
        foreach (var notification in notifications)
        {
            if (listeners.TryGetValue((tenantId, notification.Recipient), out var ofMember))
            {
                var item = NotificationItem.From(notification);
                foreach (var channel in ofMember.Values)
                {
                    channel.Writer.TryWrite(item);
                }
            }
        }
    }
}
