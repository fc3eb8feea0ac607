namespace NetworkingPlatform.Mailboxes.Linking;

/// <param name="Handle">The person's handle elsewhere, such as their LinkedIn profile slug.</param>
public sealed record LinkAddressRequest(string? Handle);
