using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>
/// Malformed requests to every documented operation, with credentials that may call it: wrong JSON types, broken JSON,
/// invalid UTF-8, wrong content types, huge bodies, path traversal and odd characters in ids, nonsense in query
/// parameters, SQL and script injection in text fields. Each answers 4xx problem details (injected text may also be
/// taken as text), never a 5xx.
/// </summary>
[Collection(SecuredPlatformCollection.Name)]
public sealed class MalformedRequestTests(SecuredPlatform platform)
{
    private static readonly string[] Injections =
    [
        "'; DROP TABLE gateway.mt_doc_account; --",
        "\" OR \"1\"=\"1",
        "<script>alert(document.cookie)</script>",
        "{{7*7}} ${jndi:ldap://x} %00 \u0000 \u202e",
    ];

    private static readonly string[] OddIds =
    [
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%5C..%5Cwindows%5Cwin.ini",
        "%00",
        "a%0D%0ASet-Cookie:%20np_session=x",
        "%27%20OR%20%271%27%3D%271",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%F0%9F%98%80",
        "%FF%FE",
        new string('x', 3000),
    ];

    [Fact]
    public async Task Broken_bodies_get_4xx_problem_details()
    {
        var failures = new List<string>();
        var tried = 0;
        foreach (var operation in platform.Operations.Where(o => o.TakesJson))
        {
            var client = await ClientFor(operation);
            var valid = RequestCatalogue.BodyOf(operation, platform.Owned) ?? throw new InvalidOperationException($"{operation} has no body in the catalogue.");
            foreach (var (what, content) in BrokenBodies(valid))
            {
                var outcome = await Send(client, operation, content, what);
                tried++;
                if (outcome.Code is < 400 or >= 500 || !outcome.IsProblem)
                {
                    failures.Add(outcome.ToString());
                }
            }
        }

        Assert.True(tried > 100, $"Only {tried} broken bodies sent.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Injected_text_is_refused_or_taken_as_text_never_a_server_error()
    {
        var failures = new List<string>();
        foreach (var operation in platform.Operations.Where(o => o.TakesJson))
        {
            var client = await ClientFor(operation);
            var valid = RequestCatalogue.BodyOf(operation, platform.Owned)!;
            foreach (var field in valid.Where(p => p.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String).Select(p => p.Key).ToList())
            {
                foreach (var injection in Injections)
                {
                    var body = Fresh(operation, valid);
                    body[field] = injection;
                    var outcome = await Send(client, operation, RequestCatalogue.Json(body.ToJsonString()), $"{field} = {injection}");
                    if (outcome.Code >= 500 || (outcome.Code >= 400 && !outcome.IsProblem))
                    {
                        failures.Add(outcome.ToString());
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        var a = platform.Gateway(apiKey: platform.A.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/api/v1/tenant/members")).StatusCode);
    }

    [Fact]
    public async Task Traversal_and_odd_characters_in_ids_and_nonsense_in_query_parameters_never_cause_a_server_error()
    {
        var failures = new List<string>();
        foreach (var operation in platform.Operations.Where(o => o.PathParameters.Any() || o.Parameters.Any(p => p.In == "query")))
        {
            var client = await ClientFor(operation);
            foreach (var parameter in operation.PathParameters)
            {
                foreach (var odd in OddIds)
                {
                    var path = RequestCatalogue.PathFor(operation, platform.Owned, platform.A.AccountId, platform.A.AdminKeyId,
                        name => name == parameter ? odd : null!);
                    var outcome = await SendTo(client, operation, path, $"{parameter} = {odd[..Math.Min(odd.Length, 40)]}");
                    if (outcome.Code >= 500 || (outcome.Code >= 400 && !outcome.IsProblem && !RefusedByTheServer(odd, outcome)))
                    {
                        failures.Add(outcome.ToString());
                    }
                }
            }

            foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
            {
                foreach (var nonsense in new[] { "not-a-number", "-1", "99999999999999999999", "%00", "2026-13-45T99:99:99Z", "%5B%5D" })
                {
                    var path = RequestCatalogue.PathFor(operation, platform.Owned, platform.A.AccountId, platform.A.AdminKeyId);
                    path = $"{path}{(path.Contains('?') ? '&' : '?')}{parameter.Name}={nonsense}";
                    var outcome = await SendTo(client, operation, path, $"?{parameter.Name}={nonsense}");
                    if (outcome.Code >= 500 || (outcome.Code >= 400 && !outcome.IsProblem))
                    {
                        failures.Add(outcome.ToString());
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Huge_bodies_get_413_problem_details_announced_or_streamed()
    {
        var huge = new byte[40 * 1024 * 1024];
        Array.Fill(huge, (byte)' ');
        var a = platform.Gateway(apiKey: platform.A.AdminKey);
        var cases = new (string Path, HttpContent Content)[]
        {
            ("/api/v1/messages", Announced(huge)),
            ("/api/v1/tenant/api-keys", Announced(huge)),
            ("/api/v1/messages/batch", Streamed(huge)),
        };

        var failures = new List<string>();
        foreach (var (path, content) in cases)
        {
            // Expect: 100-continue, as a client sending a large body should: the refusal comes before the body is sent.
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
            request.Headers.ExpectContinue = true;
            Outcome outcome;
            try
            {
                outcome = await Outcome.Of(a, request, $"{path} with {content.Headers.ContentLength?.ToString() ?? "chunked"} bytes");
            }
            catch (HttpRequestException refused) when (content is StreamContent && refused.InnerException is IOException)
            {
                // A body of unknown length is refused once it passes the limit; the Gateway answers 413 and closes the
                // connection, which a client still sending sees as a reset before it can read the answer.
                continue;
            }

            if (outcome.Status != HttpStatusCode.RequestEntityTooLarge || !outcome.IsProblem)
            {
                failures.Add(outcome.ToString());
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Kestrel refuses a NUL in a path with a bare 400 before any application code runs: nothing reaches a service.</summary>
    private static bool RefusedByTheServer(string odd, Outcome outcome) =>
        odd == "%00" && outcome.Status == HttpStatusCode.BadRequest && outcome.Body.Length == 0;

    private static ByteArrayContent Announced(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static StreamContent Streamed(byte[] bytes)
    {
        var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private IEnumerable<(string What, HttpContent Content)> BrokenBodies(JsonObject valid)
    {
        yield return ("truncated JSON", RequestCatalogue.Json(valid.ToJsonString()[..(valid.ToJsonString().Length / 2)]));
        yield return ("an array instead of an object", RequestCatalogue.Json("[]"));
        yield return ("a string instead of an object", RequestCatalogue.Json("\"text\""));
        yield return ("an empty body", RequestCatalogue.Json(string.Empty));
        yield return ("JSON nested 5000 deep", RequestCatalogue.Json(new string('[', 5000) + new string(']', 5000)));
        yield return ("the right JSON as text/plain", new StringContent(valid.ToJsonString(), Encoding.UTF8, "text/plain"));
        yield return ("invalid UTF-8", InvalidUtf8(valid));
        foreach (var (field, value) in valid)
        {
            var body = JsonNode.Parse(valid.ToJsonString())!.AsObject();
            body[field] = WrongTypeFor(value);
            yield return ($"{field} of the wrong type", RequestCatalogue.Json(body.ToJsonString()));
        }
    }

    private static JsonNode WrongTypeFor(JsonNode? value) => value switch
    {
        JsonArray => new JsonObject { ["not"] = "a list" },
        JsonObject => new JsonArray(1, 2, 3),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => new JsonObject { ["not"] = "text" },
        JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "yes",
        _ => "not a number",
    };

    /// <summary>The first text the body carries (however deep) replaced by bytes that are not UTF-8.</summary>
    private static ByteArrayContent InvalidUtf8(JsonObject valid)
    {
        var body = JsonNode.Parse(valid.ToJsonString())!.AsObject();
        var text = Encoding.UTF8.GetBytes(ReplaceFirstText(body) ? body.ToJsonString() : body.ToJsonString()[..^1] + ",\"text\":\"@@INVALID@@\"}");
        var marker = Encoding.UTF8.GetBytes("@@INVALID@@");
        var at = text.AsSpan().IndexOf(marker);
        var bytes = text[..at].Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80 }).Concat(text[(at + marker.Length)..]).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static bool ReplaceFirstText(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String)
                    {
                        obj[key] = "@@INVALID@@";
                        return true;
                    }

                    if (ReplaceFirstText(value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonArray array:
                return array.Any(ReplaceFirstText);
            default:
                return false;
        }
    }

    /// <summary>Another valid body (new ids), so that a body taken once is not answered as a repeat.</summary>
    private JsonObject Fresh(ApiOperation operation, JsonObject valid) =>
        RequestCatalogue.BodyOf(operation, platform.Owned) ?? JsonNode.Parse(valid.ToJsonString())!.AsObject();

    private async Task<HttpClient> ClientFor(ApiOperation operation) =>
        operation.Path.StartsWith("/api/v1/account", StringComparison.Ordinal) && !operation.Anonymous
            ? platform.Gateway(cookie: await platform.SignIn(platform.A))
            : platform.Gateway(apiKey: platform.A.AdminKey);

    private Task<Outcome> Send(HttpClient client, ApiOperation operation, HttpContent content, string what) =>
        Outcome.Of(client, new HttpRequestMessage(new HttpMethod(operation.Method), RequestCatalogue.PathFor(operation, platform.Owned, platform.A.AccountId, platform.A.AdminKeyId))
        {
            Content = content,
        }, $"{operation}: {what}");

    private Task<Outcome> SendTo(HttpClient client, ApiOperation operation, string path, string what)
    {
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(path, UriKind.Relative));
        if (operation.HasBody)
        {
            request.Content = RequestCatalogue.ContentFor(operation, platform.Owned);
        }

        return Outcome.Of(client, request, $"{operation}: {what}");
    }

    /// <summary>A body whose length is not announced, so the server learns it is too large only while reading it.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
