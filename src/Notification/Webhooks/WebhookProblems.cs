namespace NetworkingPlatform.Notification.Webhooks;

public static class WebhookProblems
{
    public static IResult NoSubscription(Guid id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such subscription.", detail: $"There is no webhook subscription '{id}'.");
}
