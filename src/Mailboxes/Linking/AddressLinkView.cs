namespace NetworkingPlatform.Mailboxes.Linking;

public sealed record AddressLinkView(string Address, string Handle, string Source, DateTimeOffset LinkedAt);
