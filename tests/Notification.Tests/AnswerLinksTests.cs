using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NetworkingPlatform.Notification.Answers;
using NetworkingPlatform.Notification.Links;

namespace NetworkingPlatform.Notification.Tests;

public sealed class AnswerLinksTests
{
    private static AnswerLinks Links(string key) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Identity:SigningKey"] = key }).Build(),
        Options.Create(new NotificationOptions()));

    private static readonly AnswerGrant Grant = new("tenant-a", "n1:luis", "decline", DateTimeOffset.Parse("2026-12-01T00:00:00Z"));

    [Fact]
    public void A_link_signed_with_the_key_reads_back_its_grant()
    {
        var links = Links(new string('k', 40));
        Assert.Equal(Grant, links.Read(links.Issue(Grant)));
        Assert.StartsWith("http://localhost:5080/api/v1/answers/", links.LinkFor(Grant).ToString());
    }

    [Fact]
    public void A_changed_grant_a_changed_signature_or_another_key_is_refused()
    {
        var links = Links(new string('k', 40));
        var token = links.Issue(Grant);
        var forged = links.Issue(Grant with { TenantId = "tenant-b" }).Split('.')[0] + "." + token.Split('.')[1];

        Assert.Null(links.Read(forged));
        Assert.Null(links.Read(token[..^2] + (token[^2] == 'A' ? "BB" : "AA")));
        Assert.Null(Links(new string('x', 40)).Read(token));
        Assert.Null(links.Read("garbage"));
    }
}
