using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace NetworkingPlatform.Mailboxes.Intake;

/// <summary>
/// Hands emails to Ingestion's batch API, which classifies them, takes each message id once per tenant, decides
/// history or live by its rule (a first sync is declared history) and announces them. A batch is all or none there:
/// messages it refuses are named by position, set aside with the reason, and the rest sent again. Each batch carries an
/// Idempotency-Key made from the mailbox and the batch itself: when an attempt fails and is sent again (by the HTTP
/// client's retry, whose attempts have a minute each, or by the folder's from its checkpoint), Ingestion answers with
/// the first attempt's answer, so the emails count as taken, not as duplicates of themselves.
/// </summary>
public sealed partial class IngestionIntake(HttpClient http, IConfiguration configuration, TimeProvider clock)
{
    private const int MaxRefusalRounds = 5;
    private const string IdempotencyKeyHeader = "Idempotency-Key";
    private readonly SecurityKey signingKey = GatewayIdentityExtensions.SigningKey(configuration);

    public async Task<IntakeOutcome> Take(string tenantId, string mailboxId, IReadOnlyList<EmailMessage> messages, bool history, CancellationToken cancellationToken)
    {
        var refused = new Dictionary<int, string>();
        var remaining = Enumerable.Range(0, messages.Count).ToList();
        for (var round = 0; remaining.Count > 0; round++)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new { messages = remaining.Select(i => messages[i]), history }, JsonSerializerOptions.Web);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages/batch") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add(IdempotencyKeyHeader, $"mailbox-{mailboxId}-{Convert.ToHexStringLower(SHA256.HashData(body))}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                PlatformIdentityTokens.IssueForService(signingKey, tenantId, "service:mailboxes", "write", null, clock.GetUtcNow().UtcDateTime));
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.BadRequest && round < MaxRefusalRounds
                && await Refusals(response, cancellationToken) is { Count: > 0 } named)
            {
                foreach (var (position, reason) in named.Where(n => n.Key < remaining.Count))
                {
                    refused[remaining[position]] = reason;
                }

                remaining = [.. remaining.Where(i => !refused.ContainsKey(i))];
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"Ingestion answered {(int)response.StatusCode} to a batch of {remaining.Count} emails.", null, response.StatusCode);
            }

            var answer = await response.Content.ReadFromJsonAsync<BatchAnswer>(cancellationToken)
                ?? throw new HttpRequestException("Ingestion answered a batch with an empty body.");
            return new IntakeOutcome(answer.Accepted, answer.Duplicates, refused);
        }

        return new IntakeOutcome(0, 0, refused);
    }

    private static async Task<Dictionary<int, string>> Refusals(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var named = new Dictionary<int, string>();
        using var problem = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        if (!problem.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return named;
        }

        foreach (var field in errors.EnumerateObject())
        {
            if (Position().Match(field.Name) is { Success: true } match)
            {
                var reason = field.Value.ValueKind == JsonValueKind.Array && field.Value.GetArrayLength() > 0 ? field.Value[0].GetString() : null;
                named.TryAdd(int.Parse(match.Groups[1].ValueSpan), $"{match.Groups[2].Value}: {reason}");
            }
        }

        return named;
    }

    [GeneratedRegex(@"^messages\[(\d+)\]\.?(.*)$")]
    private static partial Regex Position();

    private sealed record BatchAnswer(int Accepted, int Duplicates);
}
