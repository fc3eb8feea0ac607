namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>Lists take <c>limit</c>, 1 to 100.</summary>
public static class ListLimit
{
    public const int Default = 20;
    public const int Max = 100;

    public static int Resolve(int? requested, IDictionary<string, string[]> errors)
    {
        if (requested is < 1 or > Max)
        {
            errors["limit"] = [$"Between 1 and {Max}."];
        }

        return requested ?? Default;
    }
}
