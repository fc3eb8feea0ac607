using NetworkingPlatform.Contracts;

namespace NetworkingPlatform.Portal.Presentation;

/// <summary>
/// The one-click replies, as Notification offers them in nudges: a label, the text sent in the visitor's language
/// (resource keys) and the message kind Ingestion records, so that a decline counts as a decline.
/// </summary>
public sealed record OneClickAnswer(string Name, string Kind, string LabelKey, string ReplyKey)
{
    public static readonly IReadOnlyList<OneClickAnswer> All =
    [
        new("decline", MessageKind.Decline, "Answer.Decline", "Answer.DeclineText"),
        new("tell-me-more", MessageKind.Question, "Answer.TellMeMore", "Answer.TellMeMoreText"),
        new("lets-meet", MessageKind.MeetingProposal, "Answer.LetsMeet", "Answer.LetsMeetText"),
    ];
}
