namespace NetworkingPlatform.Notification.Answers;

public sealed record AnswerSent(string Answer);
