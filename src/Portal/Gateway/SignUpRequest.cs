namespace NetworkingPlatform.Portal.Gateway;

public sealed record SignUpRequest(
    string OrganisationName, string DisplayName, string Email, string Password, string? MemberHandle, string Language, string? TimeZone);
