namespace NetworkingPlatform.Platform.FaultTests;

/// <summary>The suite's table: one row per fault, in the order they were injected.</summary>
public static class FaultTable
{
    private static readonly string[] Headings = ["fault", "what happened", "accepted", "recorded", "lost", "duplicated", "notified", "in _error", "recovery"];

    public static string Format(IEnumerable<FaultOutcome> outcomes)
    {
        var rows = outcomes.Select(o => new[]
        {
            o.Fault,
            o.Detail,
            $"{o.Verdict.Accepted:N0} of {o.Sent:N0}",
            $"{o.Verdict.RecordedOnce:N0}",
            $"{o.Lost:N0}",
            $"{o.Duplicated:N0}",
            $"{o.Verdict.NotificationsExpected - o.Verdict.NotificationsMissing:N0}/{o.Verdict.NotificationsExpected:N0}"
                + (o.Verdict.NotificationsDoubled > 0 ? $" +{o.Verdict.NotificationsDoubled:N0} doubled" : string.Empty),
            $"{o.Verdict.ErrorQueueMessages:N0}",
            FaultOutcome.Seconds(o.Recovery),
        }).ToList();
        var widths = Headings.Select((heading, column) => rows.Select(r => r[column].Length).Append(heading.Length).Max()).ToArray();
        // Text left-aligned, figures right-aligned, as a table of numbers reads.
        string Line(string[] cells) => string.Join("  ", cells.Select((cell, column) => column < 2 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]))).TrimEnd();
        return string.Join(Environment.NewLine, rows.Select(Line).Prepend(Line(Headings)));
    }
}
