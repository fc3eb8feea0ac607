using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.LinkedInExportGenerator;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

/// <summary>Imports that cannot finish end, and say why; a member can stop one; nothing loops for ever.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ImportFaultsTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const int MaxTries = 3;
    private readonly ImportScenario scenario = new(infrastructure, new Dictionary<string, string>
    {
        ["Ingestion:Imports:RowsPerCommit"] = "100",
        ["Ingestion:Imports:MaxTries"] = $"{MaxTries}",
        ["Ingestion:Imports:RetryDelay"] = "00:00:00.2",
    });

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task The_demo_export_with_100_bytes_zeroed_in_the_middle_is_refused_at_upload()
    {
        var export = File.ReadAllBytes(ExportFiles.SeedExportPath("Basic_LinkedInDataExport_11-20-2026.zip"));
        Array.Clear(export, export.Length / 2, 100);

        var response = await scenario.Upload(export, "Basic_LinkedInDataExport_11-20-2026.zip", "german-cruz-29c83");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("damaged", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_the_database_keeps_refusing_fails_after_its_tries_with_the_reason_and_the_rows_it_took()
    {
        var connections = $"""
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Luis,Pérez,https://www.linkedin.com/in/luis-perez-9f,,Acme,CTO,08 Feb 2026
            Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Acme,CEO,09 Feb 2026
            """;
        var messages = $"""
            CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT
            c-1,Luis Pérez,https://www.linkedin.com/in/luis-perez-9f,Marta López,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,¿Hablamos?
            """;

        await using (await DatabaseFaults.RefuseKeys(infrastructure, scenario.Tenant, "message:%"))
        {
            var job = await scenario.Import(ExportFiles.Zip(("Connections.csv", connections), ("messages.csv", messages)), "export.zip", ExportFiles.Member);

            Assert.Equal((ImportStatus.Failed, MaxTries, 2L, 2L), (job.Status, job.Tries, job.RowsImported, job.RowsRead));
            Assert.Contains($"stopped {MaxTries} times", job.Failure, StringComparison.Ordinal);
            Assert.Contains("The test refuses the keys of this tenant", job.Failure, StringComparison.Ordinal);
            var completed = await scenario.Completed(job.Id);
            Assert.Equal((false, 2L), (completed.Succeeded, completed.RowsImported));
        }
    }

    [Fact]
    public async Task A_running_import_is_cancelled_and_takes_nothing_after_and_a_queued_one_never_starts()
    {
        using var big = new MemoryStream();
        var manifest = ExportGenerator.Write(big, new ExportSpec(Seed: 11, Messages: 30_000, Connections: 20, Invitations: 5, Quirks: false));
        var running = await Started(await scenario.Upload(big.ToArray(), "Complete_LinkedInDataExport_11-20-2026.zip", manifest.Member));
        var queued = await Started(await scenario.Upload(ExportFiles.Zip(("messages.csv", OneMessage("q-1"))), "export.zip", ExportFiles.Member));
        await Eventually.Get(async () => await Job(running) is { Status: ImportStatus.Running, RowsRead: > 0 } job ? job : null, TimeSpan.FromSeconds(60), "the big import running");

        var cancelledQueued = await Cancel(queued);
        var cancelledRunning = await Cancel(running);

        Assert.Equal((ImportStatus.Cancelled, 0L), (cancelledQueued.Status, cancelledQueued.RowsRead));
        Assert.Equal(ImportStatus.Cancelled, cancelledRunning.Status);
        Assert.InRange(cancelledRunning.RowsRead, 1, manifest.MessageRows - 1);
        // Imports run one after another: once the next one completed, both cancelled ones were left for good.
        var next = await scenario.Import(ExportFiles.Zip(("messages.csv", OneMessage("n-1"))), "export.zip", ExportFiles.Member);
        Assert.Equal(ImportStatus.Completed, next.Status);
        await scenario.Completed(next.Id);
        var after = await Job(running);
        Assert.Equal((ImportStatus.Cancelled, cancelledRunning.RowsRead, cancelledRunning.RowsImported), (after.Status, after.RowsRead, after.RowsImported));
        Assert.Equal((ImportStatus.Cancelled, 0L), ((await Job(queued)).Status, (await Job(queued)).RowsRead));
        Assert.DoesNotContain(scenario.Published<MessageIngested>(), m => m.ConversationId == "q-1");
        Assert.DoesNotContain(scenario.Published<ImportCompleted>(), c => c.ImportId == running || c.ImportId == queued);
    }

    [Fact]
    public async Task Cancelling_again_answers_the_same_a_finished_import_conflicts_and_another_tenants_import_is_not_found()
    {
        var done = await scenario.Import(ExportFiles.Zip(("messages.csv", OneMessage("d-1"))), "export.zip", ExportFiles.Member);

        var finished = await scenario.Client.DeleteAsync($"/api/v1/imports/{done.Id}");
        var unknown = await scenario.Client.DeleteAsync("/api/v1/imports/0000");
        var otherTenant = await scenario.ClientFor($"tenant-{Guid.NewGuid():N}").DeleteAsync($"/api/v1/imports/{done.Id}");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (finished.StatusCode, unknown.StatusCode, otherTenant.StatusCode));
        Assert.Equal("application/problem+json", otherTenant.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ImportStatus.Completed, (await Job(done.Id)).Status);

        await using (await DatabaseFaults.RefuseKeys(infrastructure, scenario.Tenant, "message:%"))
        {
            var waiting = await Started(await scenario.Upload(ExportFiles.Zip(("messages.csv", OneMessage("w-1"))), "export.zip", ExportFiles.Member));
            await Eventually.Get(async () => await Job(waiting) is { LastError: not null } job ? job : null, TimeSpan.FromSeconds(30), "a failed first try");

            var first = await Cancel(waiting);
            var second = await Cancel(waiting);

            Assert.Equal((ImportStatus.Cancelled, ImportStatus.Cancelled, first.FinishedAt), (first.Status, second.Status, second.FinishedAt));
        }
    }

    private static string OneMessage(string conversation) => $"""
        CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT
        {conversation},Luis Pérez,https://www.linkedin.com/in/luis-perez-9f,Marta López,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,¿Hablamos?
        """;

    private static async Task<string> Started(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ImportJob>())!.Id;
    }

    private async Task<ImportJob> Job(string importId) => (await scenario.Client.GetFromJsonAsync<ImportJob>($"/api/v1/imports/{importId}"))!;

    private async Task<ImportJob> Cancel(string importId)
    {
        var response = await scenario.Client.DeleteAsync($"/api/v1/imports/{importId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ImportJob>())!;
    }
}
