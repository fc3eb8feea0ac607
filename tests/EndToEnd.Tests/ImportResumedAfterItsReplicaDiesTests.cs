using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// The Ingestion replica running an import is killed (SIGKILL) in the middle of it: the import is resumed once, by the
/// replica the AppHost starts again (a surviving replica looks for unfinished uploads only when it starts), after the
/// rows already committed, and completes with every row recorded once and every conversation tracked.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportResumedAfterItsReplicaDiesTests(PlatformFixture platform)
{
    private const int Rows = 30 * PlatformFixture.ImportRowsPerCommit;
    private const int DraftEvery = 100;
    private const int Drafts = Rows / DraftEvery;
    private const int Messages = Rows - Drafts;
    private static readonly TimeSpan ImportBound = TimeSpan.FromMinutes(3);

    // The Gateway allows a key 20 requests a second: the long waits ask four times a second, as the portal does.
    private static readonly TimeSpan SlowPoll = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task An_import_whose_replica_is_killed_midway_is_resumed_once_and_records_every_row_once()
    {
        var replicas = await platform.App.Ready("ingestion");
        var client = platform.GatewayClient(platform.DemoApiKey);
        var member = $"resumed-{Guid.NewGuid():N}"[..20];

        var importId = await Start(client, member);
        var lockFile = $"{importId}.upload.lock";
        // The first chunk committed: the kill lands in the middle, with most of the rows still to read.
        var before = await Eventually.Get(async () => await Job(client, importId) is { RowsRead: > 0 } job ? job : null, ImportBound, "the import's first chunk committed");
        var killed = replicas.SingleOrDefault(replica => replica.HoldsOpen(lockFile))
            ?? throw new InvalidOperationException($"No Ingestion replica holds {lockFile} although the import is {before.Status} at {before.RowsRead} of {Rows} rows.");
        killed.Kill();

        var cut = await Job(client, importId);
        Assert.True(cut is { Status: "running", Tries: 1 } && cut.RowsRead < Rows, $"The kill came after the import ended: {cut}.");
        await platform.App.Ready("ingestion", killed.ResourceId, previousPid: killed.LauncherPid);
        var done = await Eventually.Get(async () => await Job(client, importId) is { Status: not "running" and not "queued" } job ? job : await Paced<ImportJob>(),
            ImportBound, "the resumed import to finish");

        Assert.Equal(("completed", 2, null), (done.Status, done.Tries, done.LastError));
        Assert.Equal((Rows, Messages, 0L, Drafts, Messages), (done.RowsRead, done.RowsImported, done.RowsAlreadyImported, done.RowsSkipped, done.TrackedItems));
        var skipped = await client.GetFromJsonAsync<SkippedRows>($"/api/v1/imports/{importId}/skipped-rows?pageSize=1");
        Assert.Equal(Drafts, skipped!.Total);
        // Each message opens a conversation of its own that waits on the member: every one of them arrived.
        await Eventually.Get(async () => await WaitingOnMember(client, member) == Messages ? new object() : await Paced<object>(),
            ImportBound, $"the {Messages} imported conversations waiting on {member}");
    }

    private static async Task<string> Start(HttpClient client, string member)
    {
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(Export(member));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        upload.Add(file, "file", "Basic_LinkedInDataExport_12-07-2026.zip");
        var started = await client.PostAsync($"/api/v1/imports?member={member}", upload);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        return (await started.Content.ReadFromJsonAsync<ImportJob>())!.Id;
    }

    /// <summary>One message from a different person to the member per row, each its own conversation; every hundredth row a draft.</summary>
    private static byte[] Export(string member)
    {
        var csv = new StringBuilder("CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,IS MESSAGE DRAFT\n");
        var sentAt = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        for (var row = 1; row <= Rows; row++)
        {
            var contact = $"contacto-{row}-{member}";
            csv.Append($"{member}-{row},Contacto {row},https://www.linkedin.com/in/{contact},Miembro,https://www.linkedin.com/in/{member},")
                .Append($"{sentAt.AddMinutes(row):yyyy-MM-dd HH:mm:ss} UTC,\"Hola, ¿agendamos una llamada la semana que viene?\",")
                .Append(row % DraftEvery == 0 ? "Yes" : "No").Append('\n');
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("messages.csv").Open();
            entry.Write(Encoding.UTF8.GetBytes(csv.ToString()));
        }

        return buffer.ToArray();
    }

    private static async Task<ImportJob> Job(HttpClient client, string importId) =>
        (await client.GetFromJsonAsync<ImportJob>($"/api/v1/imports/{importId}"))!;

    private static async Task<long> WaitingOnMember(HttpClient client, string member) =>
        (await client.GetFromJsonAsync<Inbox>($"/api/v1/responses/members/{member}/inbox?view=waiting-on-you&pageSize=1"))!.Total;

    private static async Task<T?> Paced<T>() where T : class
    {
        await Task.Delay(SlowPoll);
        return null;
    }

    private sealed record ImportJob(
        string Id, string Status, int Tries, string? LastError, long RowsRead, long RowsImported, long RowsAlreadyImported, long RowsSkipped, long TrackedItems);

    private sealed record SkippedRows(long Total);

    private sealed record Inbox(long Total);
}
