namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A conversation's stored events (GET /api/v1/conversations/{id}/history).</summary>
public sealed record ConversationHistory(string ConversationId, IReadOnlyList<HistoryEntry> Events, string? Title = null, IReadOnlyList<PersonName>? People = null)
{
    /// <summary>A handle (or a comma-separated list of them) by the names the conversation knows them by.</summary>
    public string Named(string handles) => string.Join(", ", handles.Split(", ").Select(h => People?.FirstOrDefault(p => p.Handle == h)?.DisplayName ?? h));
}
