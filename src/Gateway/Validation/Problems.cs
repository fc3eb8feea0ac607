namespace NetworkingPlatform.Gateway.Validation;

public static class Problems
{
    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    public static IResult Conflict(string what) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: what);

    public static IResult BodyRequired() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "A JSON body is required.");
}
