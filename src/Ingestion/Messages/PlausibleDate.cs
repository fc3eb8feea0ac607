namespace NetworkingPlatform.Ingestion.Messages;

/// <summary>
/// When a message or an invitation can have been sent: not before LinkedIn existed (2003) and not more than a day ahead
/// of now (a day allows for clocks and time zones). Every way in refuses other dates: a 400 on the API, a skipped row in imports.
/// </summary>
public static class PlausibleDate
{
    public static readonly DateTimeOffset Earliest = new(2003, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(1);

    /// <returns>Null when <paramref name="value"/> is plausible at <paramref name="now"/>, else why not.</returns>
    public static string? Problem(DateTimeOffset value, DateTimeOffset now) =>
        value < Earliest ? $"{value:O} is before {Earliest:yyyy}: no conversation this platform tracks is that old."
        : value > now + MaxAhead ? $"{value:O} is more than a day in the future."
        : null;
}
