namespace NetworkingPlatform.Gateway.Accounts;

/// <summary>
/// An account's language was set (sign-up, joining, a change). Appended in the same session as the account, so it leaves
/// the Gateway only once the account is committed (see <see cref="IntegrationEvents.AccountEventsForwarder"/>).
/// </summary>
public sealed record AccountLanguageChosen(string TenantId, string AccountId, string Member, string Language)
{
    public static void Record(Marten.IDocumentSession session, Account account) =>
        session.Events.Append($"account:{account.Id}", new AccountLanguageChosen(account.TenantId, account.Id, account.Member, account.Language));
}
