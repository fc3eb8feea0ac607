namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>
/// What one tenant's triggers send on which channel, the nudge bookkeeping to store with it, and the conversations
/// nudged about (their answers are looked for again once the nudges are committed).
/// </summary>
public sealed record DispatchDecision(
    IReadOnlyList<InAppSend> InApp,
    IReadOnlyList<EmailSend> Emails,
    IReadOnlyList<WebhookSend> Webhooks,
    IReadOnlyList<NudgeState> NudgeStates,
    IReadOnlyList<(string ConversationId, string Member)> Nudged)
{
    public bool QueuesDeliveries => Emails.Count > 0 || Webhooks.Count > 0;
}
