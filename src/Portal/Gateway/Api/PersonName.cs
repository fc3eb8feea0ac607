namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A person's handle beside the name to show them by.</summary>
public sealed record PersonName(string Handle, string DisplayName);
