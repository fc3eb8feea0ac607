namespace NetworkingPlatform.Ingestion.Classification;

/// <summary>A row the learned model reads: the normalised text and, when training, its labelled kind.</summary>
public sealed class KindModelInput
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}
