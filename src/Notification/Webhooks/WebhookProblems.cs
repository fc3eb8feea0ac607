namespace NetworkingPlatform.Notification.Webhooks;

public static class WebhookProblems
{
    public static ProblemHttpResult NoSubscription(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such subscription.", detail: $"There is no webhook subscription '{id}'.");
}
