namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>A tenant signed up through the Gateway: its admin's session cookie and an API key with every scope.</summary>
public sealed record TenantCredentials(string TenantId, string AccountId, string Email, string Password, string SessionCookie, string AdminKeyId, string AdminKey);
