namespace NetworkingPlatform.Ingestion.Messages;

/// <summary>Messages taken in together and not taken before; one event per request, batch or import chunk.</summary>
public sealed record MessagesAccepted(IReadOnlyList<MessageAccepted> Messages);
