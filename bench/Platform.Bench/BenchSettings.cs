using System.Globalization;

namespace NetworkingPlatform.Platform.Bench;

/// <summary>
/// The command line: <c>--rate</c> single-message POSTs a second, <c>--duration</c> seconds measured after
/// <c>--warmup</c> seconds at the same rate, <c>--import</c> messages in the LinkedIn export imported meanwhile,
/// <c>--keep</c> to leave the run's database and vhost behind for inspection, <c>--attach name</c> to drive a platform
/// already running on that database and vhost instead of starting one. <c>--mailbox</c> messages times instead the first
/// sync of a mailbox that size on the machine's Dovecot, connected through the Gateway, and then new emails as waits.
/// </summary>
public sealed record BenchSettings(double Rate, TimeSpan Duration, TimeSpan Warmup, int ImportMessages, bool Keep, string? Attach, int MailboxMessages)
{
    public static BenchSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double Number(string name, double fallback) => Value(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new BenchSettings(
            Number("--rate", 500),
            TimeSpan.FromSeconds(Number("--duration", 60)),
            TimeSpan.FromSeconds(Number("--warmup", 20)),
            (int)Number("--import", 5_000),
            args.Contains("--keep"),
            Value("--attach"),
            (int)Number("--mailbox", 0));
    }
}
