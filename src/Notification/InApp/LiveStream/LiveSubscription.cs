using System.Threading.Channels;
using NetworkingPlatform.Notification.InApp.ListingNotifications;

namespace NetworkingPlatform.Notification.InApp.LiveStream;

/// <summary>One open live stream; disposing it stops the pushes.</summary>
public sealed class LiveSubscription(ChannelReader<NotificationItem> reader, Action unsubscribe) : IDisposable
{
    public ChannelReader<NotificationItem> Reader => reader;

    public void Dispose() => unsubscribe();
}
