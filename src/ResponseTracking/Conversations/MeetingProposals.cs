namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>The lifecycle of every meeting proposal of a conversation, as a function of its set of messages.</summary>
public static class MeetingProposals
{

    public static IReadOnlyList<MeetingProposal> Track(IEnumerable<MessageRecorded> messages)
    {
        var proposals = new List<MeetingProposal>();
        foreach (var message in messages.OrderBy(m => m.SentAt).ThenBy(m => m.MessageId, StringComparer.Ordinal))
        {
            for (var i = 0; i < proposals.Count; i++)
            {
                var proposal = proposals[i];
                if (proposal.Outcome == MeetingOutcome.Pending && proposal.To == message.From)
                {
                    proposals[i] = proposal with
                    {
                        Outcome = Resolve(proposal, message),
                        ResolvedAt = message.SentAt,
                        ResolvedByMessageId = message.MessageId,
                    };
                }
            }

            if (message.Kind == MessageKind.MeetingProposal)
            {
                proposals.AddRange(message.To
                    .Where(recipient => recipient != message.From)
                    .Select(recipient => new MeetingProposal(message.MessageId, message.From, recipient, message.SentAt,
                        message.SentAt + MeetingProposal.Lifetime, MeetingOutcome.Pending, null, null)));
            }
        }

        return proposals;
    }

    private static MeetingOutcome Resolve(MeetingProposal proposal, MessageRecorded answer) =>
        answer.SentAt >= proposal.ExpiresAt ? MeetingOutcome.Expired
        : answer.Kind == MessageKind.Decline ? MeetingOutcome.Declined
        : answer.Kind == MessageKind.MeetingProposal ? MeetingOutcome.CounterProposed
        : MeetingOutcome.Accepted;
}
