using Marten.Events.Projections;
using NetworkingPlatform.ResponseTracking.Conversations;

namespace NetworkingPlatform.ResponseTracking.Responsiveness;

public sealed class MemberResponsivenessProjection : MultiStreamProjection<MemberResponsiveness, string>
{
    public MemberResponsivenessProjection()
    {
        Identities<MessageRecorded>(message => message.NeedsReply
            ? [.. message.To.Where(recipient => recipient != message.From)]
            : []);
        Identity<ReplyRecorded>(reply => reply.By);
    }

    public static MemberResponsiveness Create(MessageRecorded message) => new();

    public static MemberResponsiveness Create(ReplyRecorded reply) => new();

    public void Apply(MemberResponsiveness view, MessageRecorded message) => view.AwaitedIn.Add(message.ConversationId);

    public void Apply(MemberResponsiveness view, ReplyRecorded reply)
    {
        view.AwaitedIn.Add(reply.ConversationId);
        view.AnsweredIn.Add(reply.ConversationId);
        view.ReplySeconds.Add(reply.ReplyTime.TotalSeconds);
    }
}
