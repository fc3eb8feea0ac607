namespace NetworkingPlatform.Gateway.Validation;

/// <summary>Validation errors by field, answered as 400 problem details.</summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    /// <summary>The errors by field, for a check that writes into a dictionary (a list's paging).</summary>
    public IDictionary<string, string[]> ByField => errors;

    public RequestErrors Check(bool valid, string field, string message)
    {
        if (!valid)
        {
            errors[field] = [.. errors.GetValueOrDefault(field, []), message];
        }

        return this;
    }

    public RequestErrors Add(string field, string? message) => message is null ? this : Check(false, field, message);

    public ValidationProblem ToResult() => TypedResults.ValidationProblem(errors, detail: "One or more fields are invalid.");
}
