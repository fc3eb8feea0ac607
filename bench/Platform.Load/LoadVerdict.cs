namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// What the platform made of the load: among the messages it accepted, how many were recorded once, lost or recorded
/// more than once; the "conversation-answered" notifications missing or doubled; the members whose answered count in
/// OpportunityMatching differs from what they answered; what sits in error queues; and the events Marten's daemon set
/// aside (dead letters), which nothing acts on until someone looks.
/// </summary>
public sealed record LoadVerdict(
    long Accepted,
    long RecordedOnce,
    long Lost,
    long Duplicated,
    long NotificationsExpected,
    long NotificationsMissing,
    long NotificationsDoubled,
    long MatchingMembers,
    long MatchingWrong,
    long ErrorQueueMessages,
    long DeadLetterEvents,
    IReadOnlyList<string> Examples)
{
    public bool NothingLostOrDoubled =>
        Lost == 0 && Duplicated == 0 && NotificationsMissing == 0 && NotificationsDoubled == 0 && MatchingWrong == 0 && ErrorQueueMessages == 0
        && DeadLetterEvents == 0;

    public override string ToString() =>
        $"accepted {Accepted:N0}, recorded once {RecordedOnce:N0}, lost {Lost:N0}, duplicated {Duplicated:N0}; " +
        $"answered notifications {NotificationsExpected - NotificationsMissing:N0}/{NotificationsExpected:N0} (doubled {NotificationsDoubled:N0}); " +
        $"matching figures right for {MatchingMembers - MatchingWrong:N0}/{MatchingMembers:N0} members; in error queues {ErrorQueueMessages:N0}; dead-letter events {DeadLetterEvents:N0}";
}
