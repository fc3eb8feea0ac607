using System.Net.Http.Headers;
using System.Net.Http.Json;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

/// <summary>Ingestion in process with its own uploads folder, a tenant, and a bus recording what Ingestion publishes.</summary>
public sealed class ImportScenario(IsolatedInfrastructure infrastructure, IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    private readonly string uploads = Path.Combine(Path.GetTempPath(), $"np-test-uploads-{Guid.NewGuid():N}");
    private PlatformServiceFactory<Program> service = null!;

    public string Tenant { get; } = $"tenant-{Guid.NewGuid():N}";

    public HttpClient Client { get; private set; } = null!;

    public TestBus Bus { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Ingestion:Imports:UploadsDirectory"] = uploads };
        service = new PlatformServiceFactory<Program>(infrastructure, all);
        Client = service.ClientFor(Tenant);
        Bus = await TestBus.Start(infrastructure.RabbitMqConnectionString,
            typeof(MessagesIngested), typeof(InvitationIngested), typeof(MemberProfileIngested), typeof(ImportCompleted), typeof(PeopleNamed));
    }

    public async Task DisposeAsync()
    {
        await Bus.DisposeAsync();
        await service.DisposeAsync();
        if (Directory.Exists(uploads))
        {
            Directory.Delete(uploads, recursive: true);
        }
    }

    public IServiceProvider Services => service.Services;

    /// <summary>A client of another tenant, on the same service.</summary>
    public HttpClient ClientFor(string tenant) => service.ClientFor(tenant);

    public Task<HttpResponseMessage> Upload(byte[] content, string fileName, string member)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? "application/zip" : "text/csv");
        form.Add(file, "file", fileName);
        return Client.PostAsync($"/api/v1/imports?member={Uri.EscapeDataString(member)}", form);
    }

    public async Task<ImportJob> Import(byte[] content, string fileName, string member)
    {
        var response = await Upload(content, fileName, member);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<ImportJob>();
        return await Finished(started!.Id);
    }

    public Task<ImportJob> Finished(string importId) =>
        Eventually.Get(async () =>
        {
            var job = await Client.GetFromJsonAsync<ImportJob>($"/api/v1/imports/{importId}");
            return ImportStatus.IsFinished(job!.Status) ? job : null;
        }, TimeSpan.FromSeconds(60), $"import {importId} to finish");

    public async Task<IReadOnlyList<Ingestion.Imports.GettingImport.SkippedRow>> SkippedRows(string importId)
    {
        var page = await Client.GetFromJsonAsync<Ingestion.Imports.GettingImport.SkippedRowsPage>($"/api/v1/imports/{importId}/skipped-rows?pageSize=1000");
        return page!.Items;
    }

    /// <summary>Waits for this tenant's ImportCompleted of the import: everything committed before it was published before it.</summary>
    /// <summary>
    /// The import's completion, once everything it published has arrived too: a page's messages and its completion are
    /// published together, so the completion can overtake them on the way.
    /// </summary>
    public async Task<ImportCompleted> Completed(string importId)
    {
        var completed = await Bus.WaitFor<ImportCompleted>(c => c.TenantId == Tenant && c.ImportId == importId, TimeSpan.FromSeconds(60));
        await Eventually.Get(() => Task.FromResult(
            Published<MessageIngested>().Count(m => m.ImportId == importId) + Published<InvitationIngested>().Count(i => i.ImportId == importId)
                >= completed.TrackedItems ? completed : null), TimeSpan.FromSeconds(60), $"the {completed.TrackedItems} items import {importId} published");
        return completed;
    }

    public IReadOnlyList<T> Published<T>() where T : Contracts.IIntegrationEvent =>
        [.. Bus.Received<T>().Where(e => e.TenantId == Tenant)];
}
