using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NetworkingPlatform.LinkedInExportGenerator;

namespace NetworkingPlatform.Platform.Load;

/// <summary>One member's LinkedIn export, generated, uploaded through the Gateway and followed until its import ends.</summary>
public static class LinkedInImport
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<ImportOutcome> Run(HttpClient gateway, LoadTenant tenant, int messages, int seed, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var export = new MemoryStream();
        var manifest = ExportGenerator.Write(export, new ExportSpec(seed, messages, Connections: messages / 20, Invitations: messages / 50));
        var started = Stopwatch.GetTimestamp();
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/imports?member={Uri.EscapeDataString(manifest.Member)}")
        {
            Content = new ByteArrayContent(export.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/zip") } },
        };
        upload.Headers.Add(GatewayRequests.ApiKeyHeader, tenant.NextKey());
        upload.Headers.Add(GatewayRequests.IdempotencyKeyHeader, $"import-{Guid.NewGuid():N}");
        using var accepted = await gateway.SendAsync(upload, cancellationToken);
        if (!accepted.IsSuccessStatusCode)
        {
            return new ImportOutcome($"refused {(int)accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync(cancellationToken)}", 0, manifest.ImportableMessages, Stopwatch.GetElapsedTime(started));
        }

        var importId = (await accepted.Content.ReadFromJsonAsync<ImportState>(cancellationToken))!.Id;
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            await Task.Delay(PollInterval, cancellationToken);
            using var poll = await gateway.SendAsync(GatewayRequests.Get($"/api/v1/imports/{importId}", tenant.NextKey()), cancellationToken);
            if (!poll.IsSuccessStatusCode)
            {
                continue;
            }

            var state = (await poll.Content.ReadFromJsonAsync<ImportState>(cancellationToken))!;
            if (state.Status is "completed" or "failed" or "cancelled")
            {
                return new ImportOutcome(state.Status, state.RowsImported, manifest.ImportableMessages, Stopwatch.GetElapsedTime(started));
            }
        }

        return new ImportOutcome("timed out", 0, manifest.ImportableMessages, Stopwatch.GetElapsedTime(started));
    }

    private sealed record ImportState(string Id, string Status, long RowsImported);
}
