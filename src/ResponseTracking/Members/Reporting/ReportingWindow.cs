using System.Globalization;

namespace NetworkingPlatform.ResponseTracking.Members.Reporting;

/// <summary>
/// The span a chart covers, from the query's <c>from</c> and <c>to</c> (ISO 8601): read here rather than bound by the
/// framework, so that a bad value is a 400 naming its parameter.
/// </summary>
public sealed record ReportingWindow(DateTimeOffset From, DateTimeOffset To)
{
    public static ReportingWindow Read(string? from, string? to, TimeSpan defaultSpan, DateTimeOffset now, IDictionary<string, string[]> errors)
    {
        var end = Parse(to, nameof(to), errors) ?? now;
        var start = Parse(from, nameof(from), errors) ?? end - defaultSpan;
        if (start >= end && !errors.ContainsKey(nameof(from)) && !errors.ContainsKey(nameof(to)))
        {
            errors[nameof(from)] = ["from must be before to."];
        }

        return new ReportingWindow(start.ToUniversalTime(), end.ToUniversalTime());
    }

    /// <summary>An optional instant from the query; a malformed one is an error named after its parameter.</summary>
    public static DateTimeOffset? Parse(string? value, string name, IDictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.ToUniversalTime();
        }

        errors[name] = [$"'{value}' is not a date and time in ISO 8601 (2026-11-01T00:00:00Z)."];
        return null;
    }
}
