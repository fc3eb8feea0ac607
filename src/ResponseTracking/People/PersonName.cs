namespace NetworkingPlatform.ResponseTracking.People;

/// <summary>A handle as answers show it: beside the name to show it by.</summary>
public sealed record PersonName(string Handle, string DisplayName);
