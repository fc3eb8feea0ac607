namespace NetworkingPlatform.Ingestion.Classification;

/// <summary>One row of <c>seeds/classification</c>: a message and the kind people gave it.</summary>
public sealed record LabelledMessage(string Text, string Kind, bool NeedsReply, string Language);
