using System.Globalization;
using System.Text;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>An open opportunity as the index keeps it: enough to filter, score and explain without a database trip.</summary>
public sealed record Candidate(string Id, string Owner, OpportunityDetails Details)
{
    public string Text { get; } = string.Join(' ', [Details.Title, Details.Title, Details.Description, .. Details.Tags, .. Details.Skills]);

    public IReadOnlySet<string> Keywords { get; } = Details.Tags.Concat(Details.Skills).Select(Normalize).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

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
