using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.WeeklySummaries;

namespace NetworkingPlatform.Notification.SettingPreferences;

public static class PreferencesEndpoints
{
    public static IEndpointRouteBuilder MapPreferences(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/preferences/{member}", Get)
            .WithName("GetPreferences")
            .WithTags("Preferences")
            .WithDescription("Language, time zone, email address, channels per notification type, quiet hours, email frequency and the weekly summary.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("A member's notification preferences (the defaults until they are set).");
        endpoints.MapPut("/api/v1/preferences/{member}", Put)
            .WithName("SetPreferences")
            .WithTags("Preferences")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Replaces a member's notification preferences: channels per type, quiet hours, digest, language.")
            .WithDescription("language is 'es' or 'en'; left out, notifications follow the language of the member's account "
                + "(sign-up, then each change). The answer's language is the one in force; chosenLanguage and accountLanguage say why.");
        return endpoints;
    }

    private static async Task<Results<Ok<PreferencesResponse>, ProblemHttpResult>> Get(string member, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var id = Normalize(member);
        if (caller.Member is { } own && own != id)
        {
            return Forbidden();
        }

        await using var session = store.QuerySession(caller.TenantId);
        var preferences = await session.LoadAsync<MemberPreferences>(id, cancellationToken) ?? MemberPreferences.DefaultFor(id);
        return TypedResults.Ok(PreferencesResponse.From(preferences));
    }

    private static async Task<Results<Ok<PreferencesResponse>, ValidationProblem, ProblemHttpResult>> Put(
        string member, PreferencesRequest request, PlatformCaller caller, IDocumentStore store, WeeklySummaryCalendar calendar, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var id = Normalize(member);
        if (caller.Member is { } own && own != id)
        {
            return Forbidden();
        }

        var (preferences, errors) = PreferencesValidator.Validate(id, request);
        if (preferences is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The preferences are not valid.");
        }

        preferences.WeeklySummaryDueAt = calendar.FirstDue(preferences, clock.GetUtcNow());
        await using var session = store.LightweightSession(caller.TenantId);
        if (await session.LoadAsync<MemberPreferences>(id, cancellationToken) is { } stored)
        {
            // The account's language is the Gateway's to say, not part of what the member replaces here.
            (preferences.AccountLanguage, preferences.AccountLanguageAt) = (stored.AccountLanguage, stored.AccountLanguageAt);
        }

        session.Store(preferences);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PreferencesResponse.From(preferences));
    }

    private static string Normalize(string member) => member.Trim().ToLowerInvariant();

    private static ProblemHttpResult Forbidden() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your preferences.",
        detail: "A member may read and change only their own preferences.");
}
