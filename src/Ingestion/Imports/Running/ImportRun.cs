using Marten;
using Npgsql;
using NetworkingPlatform.Ingestion.Connections;
using NetworkingPlatform.Ingestion.Imports.LinkedInExport;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.Profiles;

namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>The state of one import while it runs: the member's connections, the profile being gathered, the chunk being filled.</summary>
public sealed class ImportRun(ImportWork work, ImportJob job, NpgsqlDataSource dataSource, IDocumentStore store, int rowsPerCommit)
{
    private readonly Dictionary<string, DateTimeOffset> connectedOn = new(StringComparer.Ordinal);
    private readonly ProfileDraft profile = new();
    private readonly Dictionary<ImportFileProgress, long> profileRows = [];
    private readonly List<MessageAccepted> messages = [];
    private readonly List<TakenInvitation> invitations = [];
    private readonly List<MemberConnection> connections = [];
    private readonly List<ImportSkippedRow> skipped = [];

    public static string StreamIdOf(string importId) => $"import-{importId}";

    public async Task LoadConnections(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(work.TenantId);
        var known = await session.Query<MemberConnection>().Where(c => c.Member == job.Member).ToListAsync(cancellationToken);
        foreach (var connection in known)
        {
            connectedOn[connection.Slug] = connection.ConnectedOn;
        }
    }

    public async Task ReadFile(ExportEntry entry, CancellationToken cancellationToken)
    {
        var file = job.File(entry.Name, entry.Kind.ToString());
        await using var stream = entry.Open();
        using var sheet = CsvSheet.Open(stream, RequiredColumnsOf(entry.Kind));
        foreach (var outcome in sheet.Rows())
        {
            if (outcome.Value is not { } row)
            {
                skipped.Add(ImportSkippedRow.Of(job.Id, entry.Name, outcome.Line, outcome.ProblemReason!));
            }
            else
            {
                Read(entry, file, row);
            }

            if (messages.Count + invitations.Count + connections.Count + skipped.Count >= rowsPerCommit)
            {
                await Commit(file, cancellationToken);
            }
        }

        await Commit(file, cancellationToken);
    }

    /// <summary>The profile is one thing gathered from several files: committed once, after all of them.</summary>
    public async Task CommitProfile(CancellationToken cancellationToken)
    {
        if (profileRows.Count == 0)
        {
            return;
        }

        await using var transaction = await IngestionTransaction.Begin(dataSource, store, work.TenantId, cancellationToken);
        var isNew = await transaction.AppendIfNew(StreamIdOf(job.Id), profile.ToProfile(job.Member), cancellationToken);
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
            case ExportFileKind.Messages:
                Collect(entry, MessageRows.Read(row), messages);
                break;
            case ExportFileKind.Invitations:
                Collect(entry, InvitationRows.Read(row, job.Member, slug => connectedOn.TryGetValue(slug, out var on) ? on : null), invitations);
                break;
            case ExportFileKind.Connections:
                var connection = ConnectionRows.Read(row, job.Member);
                if (connection.Value is { } value)
                {
                    connectedOn[value.Slug] = value.ConnectedOn;
                }

                Collect(entry, connection, connections);
                break;
            default:
                if (ProfileRows.Read(entry.Kind, row, profile) is { } reason)
                {
                    skipped.Add(ImportSkippedRow.Of(job.Id, entry.Name, row.Line, reason));
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
            skipped.Add(ImportSkippedRow.Of(job.Id, entry.Name, outcome.Line, outcome.SkipReason!));
        }
    }

    private async Task Commit(ImportFileProgress file, CancellationToken cancellationToken)
    {
        await using var transaction = await IngestionTransaction.Begin(dataSource, store, work.TenantId, cancellationToken);
        var streamId = StreamIdOf(job.Id);
        var rows = messages.Count + invitations.Count + connections.Count;
        var imported = 0;
        if (messages.Count > 0)
        {
            imported += (await transaction.AppendNew(streamId, messages, cancellationToken)).Count;
        }

        if (invitations.Count > 0)
        {
            imported += (await transaction.AppendNew(streamId, invitations, cancellationToken)).Count;
        }

        if (connections.Count > 0)
        {
            var keys = connections.Select(c => $"connection:{c.Id}:{c.ConnectedOn:yyyy-MM-dd}").ToList();
            imported += (await transaction.TakeNew(keys, cancellationToken)).Count;
            transaction.Session.Store<MemberConnection>([.. connections.DistinctBy(c => c.Id)]);
        }

        if (skipped.Count > 0)
        {
            transaction.Session.Store<ImportSkippedRow>([.. skipped.DistinctBy(s => s.Id)]);
        }

        job.Count(file, imported, rows - imported, skipped.Count);
        transaction.Session.Store(job);
        await transaction.Commit(cancellationToken);
        messages.Clear();
        invitations.Clear();
        connections.Clear();
        skipped.Clear();
    }

    private static IReadOnlyList<string> RequiredColumnsOf(ExportFileKind kind) => kind switch
    {
        ExportFileKind.Messages => MessageRows.RequiredColumns,
        ExportFileKind.Invitations => InvitationRows.RequiredColumns,
        ExportFileKind.Connections => ConnectionRows.RequiredColumns,
        _ => ProfileRows.RequiredColumns(kind),
    };
}
