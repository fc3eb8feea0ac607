using Npgsql;

namespace NetworkingPlatform.Ingestion.Bench;

/// <summary>
/// CPU seconds spent by this process, the PostgreSQL backends serving the benchmark's database, and RabbitMQ,
/// between two readings of /proc: on a shared, noisy machine the work a stage costs is steadier than its time.
/// </summary>
public sealed record CpuAccount(double Benchmark, double Postgres, double RabbitMq)
{
    private const double TicksPerSecond = 100;

    public double Total => Benchmark + Postgres + RabbitMq;

    public static async Task<CpuAccount> Read(string postgresConnectionString)
    {
        var backends = new List<int>();
        await using (var connection = new NpgsqlConnection(postgresConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database()", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                backends.Add(reader.GetInt32(0));
            }
        }

        // Backends are pooled, so they outlive a measurement; one that ended in between is not counted.
        var postgres = backends.Sum(pid => TrySeconds(pid.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new(Seconds("self"), postgres, SumOf("beam.smp"));
    }

    public CpuAccount Since(CpuAccount earlier) =>
        new(Benchmark - earlier.Benchmark, Postgres - earlier.Postgres, RabbitMq - earlier.RabbitMq);

    public string PerThousand(long messages) =>
        $"CPU per 1,000 messages: {Total / messages * 1000:F3} s (benchmark process {Benchmark / messages * 1000:F3}, " +
        $"PostgreSQL {Postgres / messages * 1000:F3}, RabbitMQ {RabbitMq / messages * 1000:F3})";

    private static double SumOf(string command)
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
                    total += Seconds(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return total;
    }

    private static double TrySeconds(string pid)
    {
        try
        {
            return Seconds(pid);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static double Seconds(string pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the parenthesised command name: utime and stime are the 14th and 15th overall.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }
}
