using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.Preferences;

namespace NetworkingPlatform.Notification.Withdrawing;

/// <summary>
/// A member answered a conversation: the nudges about it that have not gone out yet are withdrawn (emails not sent,
/// in-app nudges hidden), and a nudge about that wait arriving later is dropped.
/// </summary>
/// <remarks>
/// The answer is committed before the nudges are looked for, and the dispatcher looks for answers again after it
/// committed its nudges: whichever of the two commits last, one of them sees the other's work, so a nudge stored
/// while the answer arrives is withdrawn all the same. The delivery worker checks once more before sending.
/// </remarks>
public sealed class NudgeWithdrawal(IDocumentStore store, Npgsql.NpgsqlDataSource dataSource, TimeProvider clock)
{
    public Task Withdraw(string tenantId, string conversationId, string member, DateTimeOffset answeredAt, CancellationToken cancellationToken) =>
        Withdraw([new AnswerGiven(tenantId, conversationId, member, answeredAt)], cancellationToken);

    /// <summary>Records the answers (every tenant's in one transaction), then withdraws the nudges they settled.</summary>
    public async Task Withdraw(IReadOnlyCollection<AnswerGiven> answers, CancellationToken cancellationToken)
    {
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            // Tenants and answers in one order in every transaction, so that two batches sharing rows cannot deadlock.
            foreach (var tenant in answers.GroupBy(a => a.TenantId, StringComparer.Ordinal).OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var options = Marten.Services.SessionOptions.ForTransaction(transaction);
                options.TenantId = tenant.Key;
                await using var session = store.LightweightSession(options);
                var newest = tenant.GroupBy(a => ConversationAnswer.IdFor(a.ConversationId, a.Member)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.MaxBy(a => a.AnsweredAt)!).ToList();
                var known = (await session.LoadManyAsync<ConversationAnswer>(cancellationToken, [.. newest.Select(a => ConversationAnswer.IdFor(a.ConversationId, a.Member))]))
                    .ToDictionary(a => a.Id);
                foreach (var answer in newest)
                {
                    var id = ConversationAnswer.IdFor(answer.ConversationId, answer.Member);
                    if (!known.TryGetValue(id, out var stored) || stored.AnsweredAt < answer.AnsweredAt)
                    {
                        session.Store(new ConversationAnswer { Id = id, AnsweredAt = answer.AnsweredAt });
                    }
                }

                await session.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var tenant in answers.GroupBy(a => a.TenantId, StringComparer.Ordinal))
        {
            await WithdrawNudges(tenant.Key, [.. tenant.Select(a => (a.ConversationId, a.Member)).Distinct()], cancellationToken);
        }
    }

    /// <summary>Withdraws the pending nudges about these conversations whose wait an answer settled.</summary>
    public async Task WithdrawNudges(string tenantId, IReadOnlyCollection<(string ConversationId, string Member)> conversations, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession(tenantId);
        var answers = (await session.LoadManyAsync<ConversationAnswer>(cancellationToken,
            [.. conversations.Select(c => ConversationAnswer.IdFor(c.ConversationId, c.Member)).Distinct()])).ToDictionary(a => a.Id);
        var conversationIds = conversations.Select(c => c.ConversationId).Distinct().ToArray();
        var members = conversations.Select(c => c.Member).Distinct().ToArray();
        if (answers.Count == 0)
        {
            return;
        }

        var emails = await session.Query<Delivery>()
            .Where(d => d.ConversationId.IsOneOf(conversationIds) && d.Recipient.IsOneOf(members) && d.EventType == NotificationTypes.ReplyOverdue
                && d.Channel == Delivery.EmailChannel && d.Status == DeliveryStatus.Pending)
            .ToListAsync(cancellationToken);
        var nudges = await session.Query<InAppNotification>()
            .Where(n => n.ConversationId.IsOneOf(conversationIds) && n.Recipient.IsOneOf(members) && n.Type == NotificationTypes.ReplyOverdue
                && n.WithdrawnAt == null && n.AnsweredWith == null)
            .ToListAsync(cancellationToken);
        var settledEmails = emails.Where(e => Settled(answers, e.ConversationId!, e.Recipient!, e.WaitingSince)).ToArray();
        var settledNudges = nudges.Where(n => Settled(answers, n.ConversationId!, n.Recipient, n.WaitingSince)).ToArray();
        foreach (var email in settledEmails)
        {
            email.Status = DeliveryStatus.Withdrawn;
        }

        foreach (var nudge in settledNudges)
        {
            nudge.WithdrawnAt = now;
        }

        if (settledEmails.Length + settledNudges.Length > 0)
        {
            session.Store(settledEmails);
            session.Store(settledNudges);
            await session.SaveChangesAsync(cancellationToken);
        }
    }

    private static bool Settled(Dictionary<string, ConversationAnswer> answers, string conversationId, string member, DateTimeOffset? waitingSince) =>
        answers.TryGetValue(ConversationAnswer.IdFor(conversationId, member), out var answer) && answer.Settles(waitingSince);
}
