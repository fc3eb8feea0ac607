namespace NetworkingPlatform.ResponseTracking.Members.Reporting;

/// <summary>Reads a percentile_cont over tick columns back as a duration, rounded to the tick; null when nothing was aggregated.</summary>
public static class MedianColumns
{
    public static TimeSpan? Duration(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : TimeSpan.FromTicks((long)Math.Round(reader.GetDouble(ordinal)));
}
