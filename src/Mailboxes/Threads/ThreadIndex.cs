using NetworkingPlatform.Mailboxes.Email;
using NpgsqlTypes;

namespace NetworkingPlatform.Mailboxes.Threads;

/// <summary>
/// Puts each email into its conversation. A reply names its thread: the first of its References is the email that
/// started it, so every message of a thread that carries References lands in the same conversation whatever order
/// they are read in; an In-Reply-To or a Message-ID seen before (in any of the tenant's mailboxes) does the same.
/// Mail without any of these is matched by subject and people when its subject says it is a reply or a forward.
/// </summary>
public sealed class ThreadIndex(NpgsqlDataSource dataSource)
{
    private static readonly string Table = $"{MailboxesSchema.Name}.{ThreadKeysTable.Name}";

    /// <summary>Each email's conversation (by position), and what the index learned, to <see cref="Save"/> once Ingestion took them.</summary>
    public async Task<(string[] Conversations, Dictionary<string, string> Learned)> Assign(string tenantId, IReadOnlyList<ReadEmail> emails, CancellationToken cancellationToken)
    {
        var wanted = emails
            .SelectMany(e => e.References.Append(e.InReplyTo).Append(e.MessageId))
            .OfType<string>()
            .Select(EmailIds.IndexKey)
            .Concat(emails.Select(SubjectKey.Of))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var known = await Lookup(tenantId, wanted, cancellationToken);
        var learned = new Dictionary<string, string>(StringComparer.Ordinal);
        var conversations = new string[emails.Count];
        foreach (var (email, index) in emails.Select((e, i) => (e, i)).OrderBy(p => p.e.SentAt))
        {
            var conversation = Find(email, known);
            conversations[index] = conversation;
            foreach (var key in OwnKeys(email))
            {
                if (known.TryAdd(key, conversation))
                {
                    learned[key] = conversation;
                }
            }
        }

        return (conversations, learned);
    }

    public async Task Save(string tenantId, IReadOnlyDictionary<string, string> learned, CancellationToken cancellationToken)
    {
        if (learned.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(
            $"INSERT INTO {Table} (tenant_id, key, conversation_id) SELECT $1, k, c FROM unnest($2, $3) AS learned(k, c) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        command.Parameters.Add(new NpgsqlParameter { Value = learned.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = learned.Values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Find(ReadEmail email, Dictionary<string, string> known)
    {
        var clues = new List<string>();
        if (email.MessageId is { } own)
        {
            clues.Add(own);
        }

        if (email.InReplyTo is { } parent)
        {
            clues.Add(parent);
        }

        clues.AddRange(email.References.Reverse());
        foreach (var clue in clues)
        {
            if (known.TryGetValue(EmailIds.IndexKey(clue), out var conversation))
            {
                return conversation;
            }
        }

        if (email.References.Count > 0)
        {
            return EmailIds.ConversationId(email.References[0]);
        }

        if (email.InReplyTo is { } unknownParent)
        {
            return EmailIds.ConversationId(unknownParent);
        }

        if (SubjectKey.IsReply(email.Subject) && known.TryGetValue(SubjectKey.Of(email), out var bySubject))
        {
            return bySubject;
        }

        return EmailIds.ConversationId(email.MessageId ?? $"fingerprint:{email.Fingerprint}");
    }

    private static IEnumerable<string> OwnKeys(ReadEmail email)
    {
        if (email.MessageId is { } own)
        {
            yield return EmailIds.IndexKey(own);
        }

        yield return SubjectKey.Of(email);
    }

    private async Task<Dictionary<string, string>> Lookup(string tenantId, string[] keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand($"SELECT key, conversation_id FROM {Table} WHERE tenant_id = $1 AND key = ANY($2)");
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        command.Parameters.Add(new NpgsqlParameter { Value = keys, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = reader.GetString(1);
        }

        return found;
    }
}
