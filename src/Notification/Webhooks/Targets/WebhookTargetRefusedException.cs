namespace NetworkingPlatform.Notification.Webhooks.Targets;

/// <summary>A webhook target the platform will not connect to: its host does not resolve, or resolves to a denied address.</summary>
public sealed class WebhookTargetRefusedException(string failure, string message) : Exception(message)
{
    /// <summary>The class of failure the delivery log records (<see cref="WebhookFailure"/>).</summary>
    public string Failure { get; } = failure;
}
