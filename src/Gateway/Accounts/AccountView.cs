namespace NetworkingPlatform.Gateway.Accounts;

/// <summary>What the account API answers about the signed-in account.</summary>
public sealed record AccountView(
    string AccountId, string TenantId, string OrganisationName, string Email, string DisplayName, string Member, string Role, string Language)
{
    public static AccountView Of(Account account, string organisationName) =>
        new(account.Id, account.TenantId, organisationName, account.Email, account.DisplayName, account.Member, account.Role, account.Language);
}
