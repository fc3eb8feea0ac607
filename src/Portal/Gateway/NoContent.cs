namespace NetworkingPlatform.Portal.Gateway;

/// <summary>The answer of a call that returns nothing but its status.</summary>
public sealed record NoContent;
