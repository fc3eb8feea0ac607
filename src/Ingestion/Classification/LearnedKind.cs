namespace NetworkingPlatform.Ingestion.Classification;

/// <summary>The learned model's answer for one message: the likeliest kind and how probable it thinks it is.</summary>
public readonly record struct LearnedKind(string Kind, float Probability);
