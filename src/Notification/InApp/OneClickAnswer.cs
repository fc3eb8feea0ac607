using NetworkingPlatform.Contracts;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.InApp;

/// <summary>A reply a member can send with one click from a nudge; <see cref="Kind"/> is the message kind Ingestion records.</summary>
public sealed record OneClickAnswer(string Name, string Kind, LocalizedText Label, LocalizedText Reply)
{
    public static readonly OneClickAnswer Decline = Of("decline", MessageKind.Decline, "Decline");

    public static readonly OneClickAnswer TellMeMore = Of("tell-me-more", MessageKind.Question, "TellMeMore");

    public static readonly OneClickAnswer LetsMeet = Of("lets-meet", MessageKind.MeetingProposal, "LetsMeet");

    public static readonly IReadOnlyList<OneClickAnswer> All = [Decline, TellMeMore, LetsMeet];

    public static readonly IReadOnlyList<string> Names = [.. All.Select(answer => answer.Name)];

    public static OneClickAnswer? Find(string name) => All.FirstOrDefault(answer => answer.Name == name);

    private static OneClickAnswer Of(string name, string kind, string key) =>
        new(name, kind, NotificationTexts.Both($"Answer.{key}.Label"), NotificationTexts.Both($"Answer.{key}.Reply"));
}
