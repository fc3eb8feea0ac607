namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>Names every problem of an opportunity request by its field.</summary>
public static class OpportunityRequestValidator
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxKeywords = 20;
    public const int MaxKeywordLength = 50;
    public const int MaxLocationLength = 100;

    public static OpportunityDetails? Validate(OpportunityRequest request, DateTimeOffset now, IDictionary<string, string[]> errors)
    {
        OneOf(errors, "side", request.Side, OpportunityVocabulary.Sides);
        OneOf(errors, "category", request.Category, OpportunityVocabulary.Categories);
        OneOf(errors, "mode", request.Mode, OpportunityVocabulary.Modes);
        Text(errors, "title", request.Title, MaxTitleLength, required: true);
        Text(errors, "description", request.Description, MaxDescriptionLength, required: true);
        Text(errors, "location", request.Location, MaxLocationLength, required: false);
        Keywords(errors, "tags", request.Tags);
        Keywords(errors, "skills", request.Skills);
        foreach (var language in request.Languages ?? [])
        {
            if (!OpportunityVocabulary.Languages.Contains(language))
            {
                errors["languages"] = [$"Unknown language '{language}'; expected ISO codes among: {string.Join(", ", OpportunityVocabulary.Languages)}."];
            }
        }

        var budget = Budget(errors, request.Budget);
        if (request.ExpiresAt is { } expiresAt && expiresAt <= now)
        {
            errors["expiresAt"] = ["The expiry must be in the future."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new OpportunityDetails(
            request.Side!, request.Category!, request.Mode!, request.Title!.Trim(), request.Description!.Trim(),
            Clean(request.Tags), Clean(request.Skills), string.IsNullOrWhiteSpace(request.Location) ? null : request.Location.Trim(),
            request.Remote ?? false, [.. (request.Languages ?? []).Distinct(StringComparer.Ordinal)], budget, request.ExpiresAt);
    }

    private static void OneOf(IDictionary<string, string[]> errors, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (value is null || !allowed.Contains(value))
        {
            errors[field] = [$"Required, one of: {string.Join(", ", allowed)}."];
        }
    }

    private static void Text(IDictionary<string, string[]> errors, string field, string? value, int maxLength, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["Required."];
        }
        else if (value is { } text && text.Length > maxLength)
        {
            errors[field] = [$"At most {maxLength} characters."];
        }
    }

    private static void Keywords(IDictionary<string, string[]> errors, string field, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count > MaxKeywords)
        {
            errors[field] = [$"At most {MaxKeywords} entries."];
        }
        else if (values.Any(value => string.IsNullOrWhiteSpace(value) || value.Length > MaxKeywordLength))
        {
            errors[field] = [$"Each entry is 1 to {MaxKeywordLength} characters."];
        }
    }

    private static BudgetRange? Budget(IDictionary<string, string[]> errors, BudgetRequest? budget)
    {
        if (budget is null)
        {
            return null;
        }

        if (budget.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            errors["budget.currency"] = ["An ISO 4217 code such as USD or MXN."];
        }

        if (budget.Min < 0 || budget.Max < 0)
        {
            errors["budget"] = ["Amounts cannot be negative."];
        }
        else if (budget.Min > budget.Max)
        {
            errors["budget.max"] = ["The maximum is below the minimum."];
        }

        return new BudgetRange(budget.Min, budget.Max, budget.Currency ?? string.Empty);
    }

    private static IReadOnlyList<string> Clean(IReadOnlyList<string>? values) =>
        [.. (values ?? []).Select(value => value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}
