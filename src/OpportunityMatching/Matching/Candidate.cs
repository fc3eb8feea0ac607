using System.Globalization;
using System.Text;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>
/// An open opportunity as the index keeps it: enough to filter, score and explain without a database trip. A class,
/// not a record: its text and keywords are worked out once from the details, and a record's <c>with</c> would copy them stale.
/// </summary>
public sealed class Candidate(string id, string owner, OpportunityDetails details)
{
    public string Id { get; } = id;

    public string Owner { get; } = owner;

    public OpportunityDetails Details { get; } = details;

    public string Text { get; } = string.Join(' ', [details.Title, details.Title, details.Description, .. details.Tags, .. details.Skills]);

    public IReadOnlySet<string> Keywords { get; } = details.Tags.Concat(details.Skills).Select(Normalize).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    public static Candidate From(Opportunity opportunity) => new(opportunity.Id, opportunity.Owner, opportunity.Details);

    /// <summary>Tags compare without case or accents: "Contabilidad" and "contabilidád" are one tag.</summary>
    public static string Normalize(string keyword)
    {
        var decomposed = keyword.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
