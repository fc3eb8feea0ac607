namespace NetworkingPlatform.Portal.Gateway;

/// <summary>The Gateway's account, as its account API answers it.</summary>
public sealed record AccountInfo(
    string AccountId, string TenantId, string OrganisationName, string Email, string DisplayName, string Member, string Role, string? Language);
