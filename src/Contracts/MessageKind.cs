namespace NetworkingPlatform.Contracts;

/// <summary>The kinds of message the platform tells apart, as they appear on the wire: one vocabulary for every service.</summary>
public static class MessageKind
{
    public const string Greeting = "greeting";
    public const string Question = "question";
    public const string MeetingProposal = "meeting-proposal";
    public const string Offer = "offer";
    public const string Invitation = "invitation";
    public const string Decline = "decline";
    public const string Thanks = "thanks";
    public const string Other = "other";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Greeting, Question, MeetingProposal, Offer, Invitation, Decline, Thanks, Other,
    };

    /// <summary>Greetings, questions, meeting proposals, offers and invitations ask for an answer; declines and thanks are answers.</summary>
    public static bool NeedsReply(string kind) =>
        kind is Greeting or Question or MeetingProposal or Offer or Invitation;
}
