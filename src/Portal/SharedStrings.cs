namespace NetworkingPlatform.Portal;

/// <summary>The portal's visible texts: Resources/SharedStrings.resx (English) and SharedStrings.es.resx (Spanish).</summary>
public sealed class SharedStrings;
