using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.ServiceDefaults.Storage.Faults;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

/// <summary>
/// What faults leave behind in Ingestion's store is counted in gauges the dashboard shows: claims no request will
/// answer, imports that keep failing, dead-lettered events. Each count follows what the database holds.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class LeftBehindCountsTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ImportScenario scenario = new(infrastructure, new Dictionary<string, string>
    {
        ["Faults:CountEvery"] = "00:00:00.2",
        ["Ingestion:Imports:RetryDelay"] = "00:10:00",
    });

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Claims_without_an_answer_for_more_than_30_seconds_are_counted_and_fresh_or_answered_ones_are_not()
    {
        const string Gauge = "networkingplatform.faults.stuck_idempotency_claims";
        var before = await Counted(Gauge, _ => true);

        await DatabaseFaults.Sql(infrastructure, $"""
            INSERT INTO ingestion.idempotency_records (tenant_id, key, request_hash, status_code, created_at) VALUES
              ('{scenario.Tenant}', 'stuck', 'h', NULL, now() - interval '1 minute'),
              ('{scenario.Tenant}', 'running', 'h', NULL, now()),
              ('{scenario.Tenant}', 'answered', 'h', 202, now() - interval '1 minute')
            """);

        await Counted(Gauge, count => count == before + 1);
        await DatabaseFaults.Sql(infrastructure, $"UPDATE ingestion.idempotency_records SET status_code = 202 WHERE tenant_id = '{scenario.Tenant}' AND key = 'stuck'");
        await Counted(Gauge, count => count == before);
    }

    [Fact]
    public async Task Dead_lettered_events_are_counted()
    {
        const string Gauge = "networkingplatform.faults.dead_letter_events";
        var before = await Counted(Gauge, _ => true);

        await DatabaseFaults.Sql(infrastructure, "INSERT INTO ingestion.mt_doc_deadletterevent (id, data) VALUES (gen_random_uuid(), '{}'), (gen_random_uuid(), '{}')");

        await Counted(Gauge, count => count == before + 2);
    }

    [Fact]
    public async Task An_import_waiting_to_be_tried_again_after_a_failure_is_counted_until_it_ends()
    {
        const string Gauge = "networkingplatform.faults.retrying_imports";
        var before = await Counted(Gauge, _ => true);
        await using (await DatabaseFaults.RefuseKeys(infrastructure, scenario.Tenant, "%"))
        {
            var messages = $"""
                CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT
                c-1,Luis Pérez,https://www.linkedin.com/in/luis-perez-9f,Marta López,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,¿Hablamos?
                """;
            var response = await scenario.Upload(ExportFiles.Zip(("messages.csv", messages)), "export.zip", ExportFiles.Member);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var importId = (await response.Content.ReadFromJsonAsync<ImportJob>())!.Id;

            await Counted(Gauge, count => count == before + 1);
            (await scenario.Client.DeleteAsync($"/api/v1/imports/{importId}")).EnsureSuccessStatusCode();
            await Counted(Gauge, count => count == before);
        }
    }

    /// <summary>The gauge's value as the OpenTelemetry exporter would read it, once it satisfies <paramref name="expected"/>.</summary>
    private async Task<long> Counted(string gauge, Func<long, bool> expected)
    {
        var meters = scenario.Services.GetRequiredService<IMeterFactory>();
        var value = await Eventually.Get(() =>
        {
            long? observed = null;
            using var listener = new MeterListener();
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LeftBehindMonitor.MeterName && instrument.Meter.Scope == meters && instrument.Name == gauge)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => observed = measurement);
            listener.Start();
            listener.RecordObservableInstruments();
            return Task.FromResult<object?>(observed is { } count && expected(count) ? count : null);
        }, TimeSpan.FromSeconds(30), $"{gauge} as expected");
        return (long)value;
    }
}
