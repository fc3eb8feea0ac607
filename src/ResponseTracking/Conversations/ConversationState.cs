namespace NetworkingPlatform.ResponseTracking.Conversations;

public enum ConversationState
{
    NoReplyNeeded,
    AwaitingReply,
    Answered,
}
