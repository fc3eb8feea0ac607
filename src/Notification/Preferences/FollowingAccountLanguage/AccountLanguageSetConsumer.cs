using Marten.Patching;
using NetworkingPlatform.Contracts.Gateway;

namespace NetworkingPlatform.Notification.Preferences.FollowingAccountLanguage;

/// <summary>
/// Keeps the language of each member's account beside their preferences, so notifications speak it unless the member
/// chose another. Only that field is written (a patch, guarded by time), so a member saving preferences meanwhile loses
/// nothing and an older announcement arriving late changes nothing.
/// </summary>
public sealed class AccountLanguageSetConsumer(IDocumentStore store) : IConsumer<AccountLanguageSet>
{
    public async Task Consume(ConsumeContext<AccountLanguageSet> context)
    {
        var set = context.Message;
        var member = set.Member.Trim().ToLowerInvariant();
        await using var session = store.LightweightSession(set.TenantId);
        if (await session.LoadAsync<MemberPreferences>(member, context.CancellationToken) is null)
        {
            // A new member's preferences start from the defaults; a concurrent first save makes this insert fail and retry.
            var preferences = MemberPreferences.DefaultFor(member);
            (preferences.AccountLanguage, preferences.AccountLanguageAt) = (set.Language, set.OccurredAt);
            session.Insert(preferences);
        }
        else
        {
            session.Patch<MemberPreferences>(p => p.Id == member && (p.AccountLanguageAt == null || p.AccountLanguageAt < set.OccurredAt))
                .Set(p => p.AccountLanguage, set.Language)
                .Set(p => p.AccountLanguageAt, set.OccurredAt);
        }

        await session.SaveChangesAsync(context.CancellationToken);
    }
}
