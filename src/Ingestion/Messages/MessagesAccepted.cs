namespace NetworkingPlatform.Ingestion.Messages;

/// <summary>
/// Messages taken in together and not taken before; one event per request, batch or import chunk. <see cref="ImportId"/>
/// names the import that brought them.
/// </summary>
public sealed record MessagesAccepted(IReadOnlyList<MessageAccepted> Messages, string? ImportId = null);
