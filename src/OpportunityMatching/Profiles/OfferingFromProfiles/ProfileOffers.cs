using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Profiles.OfferingFromProfiles;

/// <summary>
/// A profile says what someone can do: it stands for an offer of talent (to hire) and one of advice (to ask),
/// open to buying, selling or exchanging.
/// </summary>
public static class ProfileOffers
{
    public static IEnumerable<(string Id, OpportunityDetails Details)> From(MemberProfileIngested profile)
    {
        var name = string.Join(' ', new[] { profile.FirstName, profile.LastName }.Where(part => !string.IsNullOrWhiteSpace(part)));
        var headline = string.IsNullOrWhiteSpace(profile.Headline) ? name : profile.Headline.Trim();
        var positions = profile.Positions.Select(position => string.Join(" — ",
            new[] { position.Title, position.Company, position.Description }.Where(part => !string.IsNullOrWhiteSpace(part))));
        var description = string.Join(". ", new[] { profile.Summary, profile.Industry }.Concat(positions).Where(part => !string.IsNullOrWhiteSpace(part)));
        var skills = profile.Skills.Where(skill => !string.IsNullOrWhiteSpace(skill))
            .Select(skill => skill.Trim())
            .Where(skill => skill.Length <= OpportunityRequestValidator.MaxKeywordLength)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(OpportunityRequestValidator.MaxKeywords)
            .ToList();
        var languages = profile.Languages.Select(language => language.Trim().ToLowerInvariant())
            .Where(OpportunityVocabulary.Languages.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var category in new[] { "talent", "advice" })
        {
            var details = new OpportunityDetails(
                OpportunityVocabulary.Offer, category, OpportunityVocabulary.Exchange,
                Truncate(headline.Length == 0 ? profile.Member : headline, OpportunityRequestValidator.MaxTitleLength),
                Truncate(description, OpportunityRequestValidator.MaxDescriptionLength),
                [], skills, profile.Location, false, languages, null, null);
            yield return ($"profile-{category}-{profile.Member}", details);
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
