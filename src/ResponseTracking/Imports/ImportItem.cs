namespace NetworkingPlatform.ResponseTracking.Imports;

/// <summary>One message or invitation an import published, by the key Ingestion counted it under.</summary>
public sealed record ImportItem(string ImportId, string Key)
{
    public static IEnumerable<ImportItem> Of(IEnumerable<MessageIngested> messages) =>
        messages.Where(m => m.ImportId is not null).Select(m => new ImportItem(m.ImportId!, $"message:{m.MessageId}"));

    public static IEnumerable<ImportItem> Of(InvitationIngested invitation) =>
        invitation.ImportId is null ? [] : [new ImportItem(invitation.ImportId, $"invitation:{invitation.InvitationId}:{invitation.AcceptedAt:O}")];
}
