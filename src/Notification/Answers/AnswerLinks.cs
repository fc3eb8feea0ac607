using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.Links;

namespace NetworkingPlatform.Notification.Answers;

/// <summary>Signs and checks the one-click answer links put in emails (<see cref="SignedTokens"/>).</summary>
public sealed class AnswerLinks(IConfiguration configuration, IOptions<NotificationOptions> options)
{
    private readonly SignedTokens tokens = SignedTokens.For(configuration, "one-click-answer-links");

    /// <summary>Each one-click answer of a nudge with its label in the reader's language and its signed link, valid for the configured lifetime.</summary>
    public IReadOnlyList<(string Label, Uri Link)> For(string tenantId, string notificationId, string language, DateTimeOffset now) =>
        [.. OneClickAnswer.All.Select(answer =>
            (answer.Label.In(language), LinkFor(new AnswerGrant(tenantId, notificationId, answer.Name, now + options.Value.AnswerLinkLifetime))))];

    public Uri LinkFor(AnswerGrant grant) => new(options.Value.PublicBaseUrl, $"api/v1/answers/{Issue(grant)}");

    public string Issue(AnswerGrant grant) => tokens.Issue(grant);

    /// <summary>The grant, when the token is well formed and its signature holds; expiry is the caller's decision.</summary>
    public AnswerGrant? Read(string token) => tokens.Read<AnswerGrant>(token);
}
