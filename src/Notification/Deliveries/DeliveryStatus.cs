namespace NetworkingPlatform.Notification.Deliveries;

public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Withdrawn = "withdrawn";
    public const string Failed = "failed";
}
