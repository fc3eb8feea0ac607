namespace NetworkingPlatform.Notification.Answers;

public enum AnswerOutcome
{
    Answered,
    NotFound,
    AlreadyAnswered,
    IngestionUnavailable,
}
