namespace NetworkingPlatform.Portal.Gateway;

/// <summary>An account the Gateway just signed in, with the value of its <c>np_session</c> cookie.</summary>
public sealed record SignedIn(AccountInfo Account, string Session);
