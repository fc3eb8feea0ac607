using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members.Promises;

namespace NetworkingPlatform.ResponseTracking.Members;

/// <summary>Derives every participant's side of a conversation from its status and their promises.</summary>
public static class MemberConversations
{
    public static IEnumerable<MemberConversation> From(ConversationStatus status, IReadOnlyDictionary<string, ResponsePromise> promises)
    {
        var channel = status.Messages.MinBy(m => m.SentAt)?.Channel ?? string.Empty;
        var subject = status.Subject;
        foreach (var member in status.Participants)
        {
            var owedToMember = status.Messages
                .Where(m => status.NeedsReply(m) && m.From != member && m.To.Contains(member))
                .Select(m => (DateTimeOffset?)m.SentAt)
                .Min();
            var onMember = status.Awaiting.FirstOrDefault(a => a.Member == member);
            var onOthers = status.Awaiting.Where(a => a.AwaitedBy.Contains(member)).ToList();
            var waitingOnMember = onMember is null ? null : Owed(status, onMember.AwaitedBy, onMember.Since, onMember.MessageId);
            var waitingOnOthers = onOthers.Count == 0 ? null : Owed(status, [.. onOthers.Select(a => a.Member)], onOthers.Min(a => a.Since), onOthers.MinBy(a => a.Since)!.MessageId);
            var promise = promises.GetValueOrDefault(member);
            var deadline = onMember is not null ? promise?.DeadlineFor(onMember.Since) : null;
            var hours = promise?.Hours ?? BusinessHours.Default;
            var answers = status.Replies.Where(r => r.By == member).OrderBy(r => r.RepliedAt).Select(r => new AnsweredWait(r.WaitingSince, r.RepliedAt, r.IsDecline)).ToList();

            yield return new MemberConversation
            {
                Id = MemberConversation.IdFor(member, status.Id),
                Member = member,
                ConversationId = status.Id,
                Channel = channel,
                Counterparts = [.. status.Participants.Where(p => p != member).Order(StringComparer.Ordinal)],
                Subject = subject,
                LastMessageAt = status.LastMessageAt ?? default,
                OwedSince = owedToMember,
                Answers = answers,
                ReplyTimes = [.. answers.Select(a => new ReplyTicks((a.RepliedAt - a.WaitingSince).Ticks, hours.Between(a.WaitingSince, a.RepliedAt).Ticks))],
                WaitingOnMember = waitingOnMember,
                WaitingOnMemberSince = waitingOnMember?.Since,
                WaitingOnOthers = waitingOnOthers,
                WaitingOnOthersSince = waitingOnOthers?.Since,
                ReplyDueAt = deadline is { } due && !status.WasNoticedOverdue(member, due) ? due : null,
            };
        }
    }

    private static OwedReply Owed(ConversationStatus status, IReadOnlyList<string> members, DateTimeOffset since, string messageId)
    {
        var message = status.Find(messageId);
        return new OwedReply(members, since, messageId, message?.Kind ?? string.Empty, message?.Excerpt ?? string.Empty);
    }
}
