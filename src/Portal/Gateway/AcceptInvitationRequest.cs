namespace NetworkingPlatform.Portal.Gateway;

public sealed record AcceptInvitationRequest(string Token, string DisplayName, string Password, string? MemberHandle);
