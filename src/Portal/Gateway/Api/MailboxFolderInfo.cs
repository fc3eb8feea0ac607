namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A folder a mailbox is synced from; its role is inbox, sent or other.</summary>
public sealed record MailboxFolderInfo(string Name, string Role);
