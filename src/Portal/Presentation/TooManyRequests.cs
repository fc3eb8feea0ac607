using NetworkingPlatform.Portal.Gateway;

namespace NetworkingPlatform.Portal.Presentation;

/// <summary>A 429 in the visitor's words: a locked account (try again in minutes) is not a request limit (try again in seconds).</summary>
public static class TooManyRequests
{
    public static bool Is(GatewayProblem problem) => problem.Status == HttpStatusCode.TooManyRequests;

    public static string Text(GatewayProblem problem, IStringLocalizer localizer)
    {
        var wait = problem.RetryAfter ?? TimeSpan.FromSeconds(1);
        return problem.LockedUntil is not null
            ? localizer["Account.LockedOut", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))]
            : localizer["Limits.TryAgainIn", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))];
    }
}
