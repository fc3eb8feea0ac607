namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>How a receiver took a POST: its HTTP status when it answered, and why it failed when it did (<see cref="Targets.WebhookFailure"/>).</summary>
public sealed record WebhookResponse(int? StatusCode, string? Failure)
{
    public bool Succeeded => Failure is null;
}
