namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>The closed vocabularies of an opportunity and which of them can meet.</summary>
public static class OpportunityVocabulary
{
    public const string Need = "need";
    public const string Offer = "offer";
    public const string Exchange = "exchange";

    public static readonly IReadOnlyList<string> Sides = [Need, Offer];
    public static readonly IReadOnlyList<string> Categories = ["idea", "service", "product", "advice", "talent"];
    public static readonly IReadOnlyList<string> Modes = ["buy", "sell", Exchange];
    public static readonly IReadOnlyList<string> Languages = ["es", "en", "pt", "fr", "de", "it"];

    public static string OtherSide(string side) => side == Need ? Offer : Need;

    /// <summary>A buyer meets a seller; someone open to exchange meets anybody.</summary>
    public static IReadOnlyList<string> CompatibleModes(string mode) => mode switch
    {
        "buy" => ["sell", Exchange],
        "sell" => ["buy", Exchange],
        _ => Modes,
    };
}
