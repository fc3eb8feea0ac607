using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Unsubscribing;

/// <summary>
/// RFC 8058 one-click unsubscribe: a mail client POSTs <c>List-Unsubscribe=One-Click</c> to the link of
/// <c>List-Unsubscribe</c>, and the member gets no more email — their preferences say so (every type in-app only, no
/// weekly summary), where they can turn email back on. A GET shows a confirmation page, so link scanners change nothing.
/// </summary>
public static class UnsubscribeEndpoints
{
    public static IEndpointRouteBuilder MapUnsubscribe(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/unsubscribe/{token}", Confirm).AllowAnonymous()
            .WithName("ConfirmUnsubscribe")
            .WithTags("Email")
            .WithSummary("The confirmation page of an email's unsubscribe link, in the member's language, with a button that unsubscribes.")
            .WithDescription("Public: the signed link is the credential. Opening it changes nothing, so mail scanners that fetch links "
                + "never unsubscribe anyone.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapPost("/api/v1/unsubscribe/{token}", Unsubscribe).AllowAnonymous().DisableAntiforgery()
            .WithName("Unsubscribe")
            .WithTags("Email")
            .WithSummary("One-click unsubscribe (RFC 8058): the member gets no more email; answers a page saying so.")
            .WithDescription("Public: the signed link of the email's List-Unsubscribe header is the credential; mail clients send the body "
                + "List-Unsubscribe=One-Click, which may also be left out. Every notification type goes in-app only and the weekly summary "
                + "stops, as GET /api/v1/preferences/{member} then shows; unsubscribing again changes nothing.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Confirm(string token, UnsubscribeLinks links, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } grant)
        {
            return InvalidLink();
        }

        var language = await LanguageOf(grant, store, cancellationToken);
        return HtmlPage.Render(language, StatusCodes.Status200OK, NotificationTexts.Get(language, "UnsubscribePage.ConfirmTitle"),
            $"<p>{HtmlPage.Encode(NotificationTexts.Get(language, "UnsubscribePage.ConfirmLead"))}</p>"
            + $"<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
            + $"<button type=\"submit\">{HtmlPage.Encode(NotificationTexts.Get(language, "UnsubscribePage.Button"))}</button></form>");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Unsubscribe(string token, UnsubscribeLinks links, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } grant)
        {
            return InvalidLink();
        }

        await using var session = store.LightweightSession(grant.TenantId);
        var preferences = await session.LoadAsync<MemberPreferences>(grant.Member, cancellationToken) ?? MemberPreferences.DefaultFor(grant.Member);
        foreach (var type in NotificationTypes.All)
        {
            preferences.Channels[type] = [Channels.InApp];
        }

        preferences.WeeklySummary = false;
        preferences.WeeklySummaryDueAt = null;
        session.Store(preferences);
        await session.SaveChangesAsync(cancellationToken);
        var language = preferences.Language;
        return HtmlPage.Render(language, StatusCodes.Status200OK, NotificationTexts.Get(language, "UnsubscribePage.DoneTitle"),
            $"<p>{HtmlPage.Encode(NotificationTexts.Get(language, "UnsubscribePage.DoneLead"))}</p>");
    }

    private static async Task<string> LanguageOf(UnsubscribeGrant grant, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(grant.TenantId);
        return (await session.LoadAsync<MemberPreferences>(grant.Member, cancellationToken))?.Language ?? MemberPreferences.DefaultLanguage;
    }

    private static ProblemHttpResult InvalidLink() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid link.",
        detail: "This unsubscribe link is not one the platform signed.");
}
