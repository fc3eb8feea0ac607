using System.Text.Json;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.LinkedInExportGenerator;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class ImportingLinkedInExportsTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const string DemoExport = "Basic_LinkedInDataExport_11-20-2026.zip";
    private readonly ImportScenario scenario = new(infrastructure, new Dictionary<string, string> { ["Ingestion:Imports:RowsPerCommit"] = "100" });

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task The_demo_export_imports_every_row_or_reports_it_and_publishes_what_it_took()
    {
        var manifest = JsonSerializer.Deserialize<ExportManifest>(File.ReadAllText(ExportFiles.SeedExportPath("Basic_LinkedInDataExport_11-20-2026.manifest.json")))!;

        var job = await scenario.Import(File.ReadAllBytes(ExportFiles.SeedExportPath(DemoExport)), DemoExport, manifest.Member);

        var profileRows = 1 + manifest.PositionRows + manifest.SkillRows;
        var skipped = manifest.Drafts + manifest.Sponsored + manifest.Spam;
        Assert.Equal(ImportStatus.Completed, job.Status);
        Assert.Equal(manifest.MessageRows + manifest.ConnectionRows + manifest.InvitationRows + profileRows, job.RowsRead);
        Assert.Equal(manifest.ImportableMessages + manifest.ConnectionRows + manifest.InvitationRows + profileRows, job.RowsImported);
        Assert.Equal(skipped, job.RowsSkipped);
        Assert.Equal(manifest.IgnoredFiles, job.IgnoredFiles);

        var report = await scenario.SkippedRows(job.Id);
        Assert.Equal(skipped, report.Count);
        Assert.All(report, row => Assert.Equal("messages.csv", row.File));
        Assert.Equal(manifest.Drafts, report.Count(r => r.Reason.Contains("draft", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(manifest.Sponsored, report.Count(r => r.Reason.Contains("sponsored", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(manifest.Spam, report.Count(r => r.Reason.Contains("SPAM", StringComparison.Ordinal)));

        var completed = await scenario.Completed(job.Id);
        Assert.Equal((true, job.RowsImported, job.RowsSkipped), (completed.Succeeded, completed.RowsImported, completed.RowsSkipped));
        var messages = scenario.Published<MessageIngested>();
        Assert.Equal(manifest.ImportableMessages, messages.Count);
        Assert.All(messages, m => Assert.Equal("linkedin", m.Channel));
        Assert.Contains(messages, m => m.NeedsReply && m.To.Contains(manifest.Member));
        var invitations = scenario.Published<InvitationIngested>();
        Assert.Equal(manifest.InvitationRows, invitations.Count);
        Assert.Equal(manifest.AcceptedInvitations, invitations.Count(i => i.AcceptedAt is not null));
        Assert.Equal(manifest.PendingIncomingInvitations, invitations.Count(i => i.AcceptedAt is null && i.To == manifest.Member));
        var profile = Assert.Single(scenario.Published<MemberProfileIngested>());
        Assert.Equal((manifest.Member, manifest.PositionRows, manifest.SkillRows), (profile.Member, profile.Positions.Count, profile.Skills.Count));
        Assert.False(string.IsNullOrEmpty(profile.Headline));
    }

    [Fact]
    public async Task An_import_is_history_says_how_much_it_published_and_names_the_people_of_the_export()
    {
        var job = await scenario.Import(File.ReadAllBytes(ExportFiles.SeedExportPath(DemoExport)), DemoExport, "german-cruz-29c83");
        var completed = await scenario.Completed(job.Id);

        var messages = scenario.Published<MessageIngested>();
        var invitations = scenario.Published<InvitationIngested>();
        Assert.All(messages, m => Assert.Equal((true, job.Id), (m.IsHistory, m.ImportId)));
        Assert.All(invitations, i => Assert.Equal((true, true, job.Id), (i.IsHistory, i.IsAcceptanceHistory, i.ImportId)));
        Assert.Equal(messages.Count + invitations.Count, completed.TrackedItems);
        Assert.Equal(messages.Select(m => m.ConversationId).Distinct().Count() + invitations.Count, completed.Conversations);

        // The people are named by several events (the messages' names, the member's own profile with a headline), in no
        // set order: what the export says of each person is what any of them said.
        var people = await Eventually.Get(() =>
        {
            var named = scenario.Published<PeopleNamed>().SelectMany(p => p.People).GroupBy(p => p.Handle).ToDictionary(
                g => g.Key,
                g => g.Last() with
                {
                    DisplayName = g.LastOrDefault(p => p.DisplayName is not null)?.DisplayName,
                    Headline = g.LastOrDefault(p => p.Headline is not null)?.Headline,
                    ProfileUrl = g.LastOrDefault(p => p.ProfileUrl is not null)?.ProfileUrl,
                });
            return Task.FromResult(named.ContainsKey("vella-leannon-58b8c") && named.GetValueOrDefault("german-cruz-29c83")?.Headline is not null ? named : null);
        }, what: "the export's people named, the member with the headline of their profile");
        Assert.Equal("Vella Leannon", people["vella-leannon-58b8c"].DisplayName);
        Assert.Equal("https://www.linkedin.com/in/vella-leannon-58b8c", people["vella-leannon-58b8c"].ProfileUrl);
        Assert.Equal("Germán Cruz", people["german-cruz-29c83"].DisplayName);
        Assert.StartsWith("International Configuración", people["german-cruz-29c83"].Headline);
        Assert.All(messages.SelectMany(m => m.To.Prepend(m.From)).Distinct(), handle => Assert.NotNull(people.GetValueOrDefault(handle)?.DisplayName));
    }

    [Fact]
    public async Task Importing_the_same_export_again_adds_nothing()
    {
        var export = File.ReadAllBytes(ExportFiles.SeedExportPath(DemoExport));
        var first = await scenario.Import(export, DemoExport, "german-cruz-29c83");
        await scenario.Completed(first.Id);
        var published = (scenario.Published<MessageIngested>().Count, scenario.Published<InvitationIngested>().Count, scenario.Published<MemberProfileIngested>().Count);

        var second = await scenario.Import(export, DemoExport, "german-cruz-29c83");
        await scenario.Completed(second.Id);

        Assert.Equal((0L, first.RowsImported, first.RowsSkipped), (second.RowsImported, second.RowsAlreadyImported, second.RowsSkipped));
        Assert.Equal(published, (scenario.Published<MessageIngested>().Count, scenario.Published<InvitationIngested>().Count, scenario.Published<MemberProfileIngested>().Count));
    }

    [Fact]
    public async Task Messages_repeated_in_neighbouring_chunks_in_opposite_orders_are_taken_once()
    {
        // Chunks of 100 rows, two in flight: each pair of neighbouring chunks holds the same 100 messages, the second in
        // reverse, so a chunk may take keys the chunk before it holds but has not committed yet.
        var rows = new List<string> { "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER" };
        for (var pair = 0; pair < 4; pair++)
        {
            var messages = Enumerable.Range(0, 100).Select(i =>
                $"rep-{pair}-{i},,Luis Pérez,https://www.linkedin.com/in/luis-perez-9f,Marta López,{ExportFiles.MemberUrl},2025-06-01 10:{i / 60:D2}:{i % 60:D2} UTC,,¿Hablamos el martes? {pair}-{i},INBOX").ToList();
            rows.AddRange(messages);
            rows.AddRange(Enumerable.Reverse(messages));
        }

        var job = await scenario.Import(ExportFiles.Zip(("messages.csv", string.Join('\n', rows))), "Basic_LinkedInDataExport_06-05-2025.zip", ExportFiles.Member);
        await scenario.Completed(job.Id);

        Assert.Equal((ImportStatus.Completed, 800L, 400L, 400L, 0L), (job.Status, job.RowsRead, job.RowsImported, job.RowsAlreadyImported, job.RowsSkipped));
        Assert.Equal(400, scenario.Published<MessageIngested>().Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(400, scenario.Published<MessageIngested>().Count);
    }

    [Fact]
    public async Task Progress_is_reported_while_the_import_runs()
    {
        using var export = new MemoryStream();
        var manifest = ExportGenerator.Write(export, new ExportSpec(Seed: 7, Messages: 6000, Connections: 50, Invitations: 10, Quirks: false));

        var response = await scenario.Upload(export.ToArray(), "Complete_LinkedInDataExport_11-20-2026.zip", manifest.Member);
        var started = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<ImportJob>(response.Content);

        var midway = await Eventually.Get(async () =>
        {
            var job = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<ImportJob>(scenario.Client, $"/api/v1/imports/{started!.Id}");
            return job!.Status == ImportStatus.Running && job.RowsRead > 0 ? job : null;
        }, TimeSpan.FromSeconds(60), "progress while running");
        var done = await scenario.Finished(started!.Id);

        Assert.InRange(midway.RowsRead, 1, done.RowsRead - 1);
        Assert.Equal(manifest.MessageRows + manifest.ConnectionRows + manifest.InvitationRows + 1 + manifest.PositionRows + manifest.SkillRows, done.RowsRead);
        Assert.Equal(done.RowsRead, done.Files.Sum(f => f.RowsRead));
    }
}
