namespace NetworkingPlatform.Ingestion.Bench;

/// <summary>
/// CPU seconds spent by this process, PostgreSQL and RabbitMQ between two readings of /proc: on a shared, noisy
/// machine the work a stage costs is steadier than the time it takes.
/// </summary>
public sealed record CpuAccount(double Benchmark, double Postgres, double RabbitMq)
{
    private const double TicksPerSecond = 100;

    public double Total => Benchmark + Postgres + RabbitMq;

    public static CpuAccount Read() => new(Seconds("self", includeReapedChildren: false), Sum("postgres"), Sum("beam.smp"));

    public CpuAccount Since(CpuAccount earlier) =>
        new(Benchmark - earlier.Benchmark, Postgres - earlier.Postgres, RabbitMq - earlier.RabbitMq);

    public string PerThousand(long messages) =>
        $"CPU per 1,000 messages: {Total / messages * 1000:F3} s (benchmark process {Benchmark / messages * 1000:F3}, " +
        $"PostgreSQL {Postgres / messages * 1000:F3}, RabbitMQ {RabbitMq / messages * 1000:F3})";

    private static double Sum(string command)
    {
        var total = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(directory);
            if (!pid.All(char.IsAsciiDigit))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "comm")).Trim() == command)
                {
                    // Ended PostgreSQL backends are accounted to the postmaster that reaped them.
                    total += Seconds(pid, includeReapedChildren: true);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return total;
    }

    private static double Seconds(string pid, bool includeReapedChildren)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the parenthesised command name: utime is the 14th field overall, cutime and cstime follow stime.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        if (includeReapedChildren)
        {
            ticks += long.Parse(fields[13]) + long.Parse(fields[14]);
        }

        return ticks / TicksPerSecond;
    }
}
