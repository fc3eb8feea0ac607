using System.Net;
using System.Text.Json.Nodes;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>
/// Webhook targets that would reach into the platform's own network are refused when registered, through the Gateway,
/// naming the field: names resolving to internal addresses (answered by configured entries, never DNS), IPv6 forms
/// carrying an internal IPv4 address, the special IPv4 ranges, and IPv4 written in other notations.
/// </summary>
[Collection(SecuredPlatformCollection.Name)]
public sealed class WebhookTargetTests(SecuredPlatform platform)
{
    public static TheoryData<string> InternalTargets => new()
    {
        "http://10.0.0.1.nip.io/x",
        "https://metadata.google.internal/computeMetadata/v1/instance/",
        "http://localtest.me/x",
        "https://half.example.org/x",
        "https://nat64.example.org/x",
        "http://[::10.0.0.1]/x",
        "http://[::ffff:10.0.0.1]/x",
        "http://[64:ff9b::a00:1]/x",
        "http://[2002:a00:1::]/x",
        "http://[fd00::1]/x",
        "http://[fe80::1]/x",
        "http://[::1]/x",
        "http://[::]/x",
        "http://198.18.0.1/x",
        "http://198.19.255.254/x",
        "http://100.64.0.1/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://224.0.0.1/x",
        "http://255.255.255.255/x",
        "http://0.0.0.0/x",
        "http://127.0.0.1:5080/x",
        "http://0x7f000001/x",
        "http://2130706433/x",
        "http://0177.0.0.1/x",
        "http://127.1/x",
    };

    [Theory]
    [MemberData(nameof(InternalTargets))]
    public async Task An_internal_target_is_refused_with_400_naming_the_url(string url)
    {
        var response = await platform.Gateway(apiKey: platform.A.AdminKey).PostAsync("/api/v1/webhooks",
            RequestCatalogue.Json(new JsonObject { ["url"] = url, ["eventTypes"] = new JsonArray("reply-overdue") }.ToJsonString()));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} → {(int)response.StatusCode} {body}");
        Assert.NotNull(JsonNode.Parse(body)?["errors"]?["url"]);
    }

    [Fact]
    public async Task A_public_target_is_accepted()
    {
        var response = await platform.Gateway(apiKey: platform.A.AdminKey).PostAsync("/api/v1/webhooks",
            RequestCatalogue.Json(new JsonObject { ["url"] = "https://hooks.example.org/other", ["eventTypes"] = new JsonArray("reply-overdue") }.ToJsonString()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
