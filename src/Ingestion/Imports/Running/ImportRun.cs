using NetworkingPlatform.Ingestion.Connections;
using NetworkingPlatform.Ingestion.History;
using NetworkingPlatform.Ingestion.Imports.LinkedInExport;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.People;
using NetworkingPlatform.Ingestion.Profiles;

namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>
/// The state of one try of an import: the member's connections, the profile being gathered, the chunk being filled.
/// A try after another resumes each file after the rows its chunks committed (the job counts them in the same
/// transaction), so rows are counted once however many tries it takes.
/// </summary>
public sealed class ImportRun(ImportWork work, ImportJob job, NpgsqlDataSource dataSource, IDocumentStore store, int rowsPerCommit, DateTimeOffset now)
{
    private readonly Dictionary<string, DateTimeOffset> connectedOn = new(StringComparer.Ordinal);
    private readonly ProfileDraft profile = new();
    private readonly Dictionary<ImportFileProgress, long> profileRows = [];
    private readonly List<SheetRow> messageRows = [];
    private readonly HashSet<string> conversations = new(StringComparer.Ordinal);
    private ImportChunk chunk = new();
    private Task committingBefore = Task.CompletedTask;
    private Task committing = Task.CompletedTask;

    public static string StreamIdOf(string importId) => $"import-{importId}";

    /// <summary>The conversations the export holds: its message threads and its invitations, new or imported before.</summary>
    public int Conversations => conversations.Count;

    public async Task LoadConnections(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(work.TenantId);
        var known = await session.Query<MemberConnection>().Where(c => c.Member == job.Member).ToListAsync(cancellationToken);
        foreach (var connection in known)
        {
            connectedOn[connection.Slug] = connection.ConnectedOn;
        }
    }

    /// <summary>Files whose rows are gathered into the profile and committed at the end, not chunk by chunk.</summary>
    public static bool IsProfileFile(ExportFileKind kind) => kind is ExportFileKind.Profile or ExportFileKind.Positions or ExportFileKind.Skills or ExportFileKind.Languages;

    public async Task ReadFile(ExportEntry entry, CancellationToken cancellationToken)
    {
        var file = job.File(entry.Name, entry.Kind.ToString());
        SheetReading reading;
        try
        {
            reading = await ReadRows(entry, file, cancellationToken);
        }
        catch
        {
            // The job is not reported on while a chunk of it is still being committed.
            await Task.WhenAny(Task.WhenAll(committingBefore, committing));
            throw;
        }

        await committing;
        // Stored with the next commit; a later try reads the whole file again and finds the same.
        if (reading.BytesReadAsWindows1252 > 0)
        {
            job.Notice($"'{entry.Name}' is not valid UTF-8: {reading.BytesReadAsWindows1252:N0} bytes in it were read as Windows-1252, the encoding Excel saves text in.");
        }

        if (reading.RowsWithReplacementCharacter > 0)
        {
            job.Notice($"'{entry.Name}' holds the replacement character U+FFFD in {reading.RowsWithReplacementCharacter:N0} rows (the first on line {reading.FirstLineWithReplacementCharacter}): text there was lost before the upload.");
        }
    }

    private async Task<SheetReading> ReadRows(ExportEntry entry, ImportFileProgress file, CancellationToken cancellationToken)
    {
        // Rows an earlier try committed and counted are read again but not taken again.
        var committedBefore = IsProfileFile(entry.Kind) ? 0 : file.RowsRead;
        long seen = 0;
        await using var stream = entry.Open();
        using var sheet = CsvSheet.Open(stream, RequiredColumnsOf(entry.Kind));
        foreach (var outcome in sheet.Rows())
        {
            if (seen++ < committedBefore)
            {
                continue;
            }

            if (outcome.Value is not { } row)
            {
                chunk.Skipped.Add(ImportSkippedRow.Of(job.Id, entry.Name, outcome.Line, outcome.ProblemReason!));
            }
            else if (entry.Kind == ExportFileKind.Messages)
            {
                messageRows.Add(row);
            }
            else
            {
                Read(entry, file, row);
            }

            if (chunk.Count + messageRows.Count >= rowsPerCommit)
            {
                await Flush(entry, file, cancellationToken);
            }
        }

        await Flush(entry, file, cancellationToken);
        return new SheetReading(sheet.BytesReadAsWindows1252, sheet.RowsWithReplacementCharacter, sheet.FirstLineWithReplacementCharacter);
    }

    /// <summary>The profile is one thing gathered from several files: committed once, after all of them.</summary>
    public async Task CommitProfile(CancellationToken cancellationToken)
    {
        if (profileRows.Count == 0)
        {
            return;
        }

        await using var transaction = await IngestionTransaction.Begin(dataSource, store, work.TenantId, cancellationToken);
        await ImportJobLock.ThrowIfCancelled(transaction.Session, job.Id, cancellationToken);
        var isNew = await transaction.AppendIfNew(StreamIdOf(job.Id), profile.ToProfile(job.Member), cancellationToken);
        await transaction.Learn(StreamIdOf(job.Id), [ExportPeople.OfProfile(job.Member, profile.FirstName, profile.LastName, profile.Headline, job.CreatedAt)],
            cancellationToken);
        foreach (var (file, rows) in profileRows)
        {
            job.Count(file, isNew ? rows : 0, isNew ? 0 : rows, 0);
        }

        transaction.Session.Store(job);
        await transaction.Commit(cancellationToken);
    }

    private void Read(ExportEntry entry, ImportFileProgress file, SheetRow row)
    {
        switch (entry.Kind)
        {
            case ExportFileKind.Invitations:
                var invitation = InvitationRows.Read(row, job.Member, slug => connectedOn.TryGetValue(slug, out var on) ? on : null, now);
                if (invitation.Value is { } read)
                {
                    conversations.Add($"invitation:{read.InvitationId}");
                    chunk.People.AddRange(ExportPeople.OfInvitation(row, read));
                }

                Collect(entry, invitation, chunk.Invitations);
                break;
            case ExportFileKind.Connections:
                var connection = ConnectionRows.Read(row, job.Member, now);
                if (connection.Value is { } value)
                {
                    connectedOn[value.Slug] = value.ConnectedOn;
                    chunk.People.Add(ExportPeople.OfConnection(row, value));
                }

                Collect(entry, connection, chunk.Connections);
                break;
            default:
                if (ProfileRows.Read(entry.Kind, row, profile) is { } reason)
                {
                    chunk.Skipped.Add(ImportSkippedRow.Of(job.Id, entry.Name, row.Line, reason));
                }
                else
                {
                    profileRows[file] = profileRows.GetValueOrDefault(file) + 1;
                }

                break;
        }
    }

    private void Collect<T>(ExportEntry entry, RowOutcome<T> outcome, List<T> into) where T : class
    {
        if (outcome.Value is { } value)
        {
            into.Add(value);
        }
        else
        {
            chunk.Skipped.Add(ImportSkippedRow.Of(job.Id, entry.Name, outcome.Line, outcome.SkipReason!));
        }
    }

    /// <summary>
    /// Classifying messages is the costly part of reading, so a chunk's messages are classified on every core, and
    /// the chunk is committed while the next one is read. Two chunks are in flight at most: the next one takes its keys
    /// while the one before it commits.
    /// </summary>
    private async Task Flush(ExportEntry entry, ImportFileProgress file, CancellationToken cancellationToken)
    {
        if (messageRows.Count > 0)
        {
            var outcomes = new RowOutcome<MessageAccepted>[messageRows.Count];
            Parallel.For(0, messageRows.Count, i => outcomes[i] = MessageRows.Read(messageRows[i], now));
            for (var i = 0; i < outcomes.Length; i++)
            {
                Collect(entry, outcomes[i], chunk.Messages);
                if (outcomes[i].Value is { } message)
                {
                    conversations.Add(message.ConversationId);
                    chunk.People.AddRange(ExportPeople.OfMessage(messageRows[i], message));
                }
            }

            messageRows.Clear();
        }

        var full = chunk;
        chunk = new ImportChunk();
        await committingBefore;
        committingBefore = committing;
        committing = Commit(full, file, committing, cancellationToken);
    }

    /// <summary>
    /// Takes the chunk's keys at once, then waits for the chunk before it to commit: chunks commit in order, and the
    /// job's progress is counted and stored by one chunk at a time. Only the taking overlaps, which waits for nothing
    /// the chunk before it still needs, so the two cannot wait on each other.
    /// </summary>
    private async Task Commit(ImportChunk rows, ImportFileProgress file, Task before, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            await before;
            return;
        }

        await using var transaction = await IngestionTransaction.Begin(dataSource, store, work.TenantId, cancellationToken);
        var streamId = StreamIdOf(job.Id);
        var imported = 0;
        if (rows.Messages.Count > 0)
        {
            imported += (await transaction.AppendNew(streamId, ImportedHistory.Of(rows.Messages), cancellationToken, job.Id)).Count;
        }

        if (rows.Invitations.Count > 0)
        {
            imported += (await transaction.AppendNew(streamId, ImportedHistory.Of(rows.Invitations), cancellationToken, job.Id)).Count;
        }

        var tracked = imported;

        if (rows.Connections.Count > 0)
        {
            var keys = rows.Connections.Select(c => $"connection:{c.Id}:{c.ConnectedOn:yyyy-MM-dd}").ToList();
            imported += (await transaction.TakeNew(keys, cancellationToken)).Count;
            transaction.Session.Store<MemberConnection>([.. rows.Connections.DistinctBy(c => c.Id)]);
        }

        if (rows.Skipped.Count > 0)
        {
            transaction.Session.Store<ImportSkippedRow>([.. rows.Skipped.DistinctBy(s => s.Id)]);
        }

        await before;
        await ImportJobLock.ThrowIfCancelled(transaction.Session, job.Id, cancellationToken);
        // After the chunk before committed: what it learned about people is what this one builds on.
        await transaction.Learn(streamId, rows.People, cancellationToken);
        var taken = rows.Messages.Count + rows.Invitations.Count + rows.Connections.Count;
        job.Count(file, imported, taken - imported, rows.Skipped.Count);
        job.TrackedItems += tracked;
        transaction.Session.Store(job);
        await transaction.Commit(cancellationToken);
    }

    private static IReadOnlyList<string> RequiredColumnsOf(ExportFileKind kind) => kind switch
    {
        ExportFileKind.Messages => MessageRows.RequiredColumns,
        ExportFileKind.Invitations => InvitationRows.RequiredColumns,
        ExportFileKind.Connections => ConnectionRows.RequiredColumns,
        _ => ProfileRows.RequiredColumns(kind),
    };
}
