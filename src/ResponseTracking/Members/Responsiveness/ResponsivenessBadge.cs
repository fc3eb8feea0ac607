namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>How a member answers, in plain words, in English and Spanish.</summary>
public sealed record ResponsivenessBadge(string En, string Es)
{
    private const double RarelyBelowRate = 0.3;

    public static ResponsivenessBadge For(double? responseRate, TimeSpan? medianReplyTime) => (responseRate, medianReplyTime) switch
    {
        (null, _) or (_, null) => new("no replies to judge by yet", "aún sin respuestas para valorar"),
        ( < RarelyBelowRate, _) => new("rarely replies", "rara vez responde"),
        (_, { TotalHours: <= 1 }) => new("usually replies within an hour", "suele responder en menos de una hora"),
        (_, { TotalHours: <= 6 }) => new("usually replies within a few hours", "suele responder en pocas horas"),
        (_, { TotalDays: <= 1 }) => new("usually replies within a day", "suele responder en un día"),
        (_, { TotalDays: <= 3 }) => new("usually replies within a few days", "suele responder en pocos días"),
        (_, { TotalDays: <= 7 }) => new("usually replies within a week", "suele responder en una semana"),
        _ => new("usually takes more than a week to reply", "suele tardar más de una semana en responder"),
    };
}
