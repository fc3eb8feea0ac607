using System.Diagnostics;
using Npgsql;

namespace NetworkingPlatform.ResponseTracking.Bench;

/// <summary>
/// CPU time spent by this process (the service, the test bus and the publisher) and by the PostgreSQL backends of the
/// benchmark's database. Unlike elapsed time, it hardly changes when other work shares the two cores, so it compares
/// versions fairly on a busy machine. Backends are read from /proc; where that cannot be read, they count as zero.
/// </summary>
public sealed class CpuMeter(NpgsqlDataSource database)
{
    private static readonly double ClockTicksPerSecond = 100;

    public async Task<(TimeSpan Process, TimeSpan Database)> Read()
    {
        Process.GetCurrentProcess().Refresh();
        var process = Process.GetCurrentProcess().TotalProcessorTime;
        await using var command = database.CreateCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database()");
        await using var reader = await command.ExecuteReaderAsync();
        var ticks = 0L;
        while (await reader.ReadAsync())
        {
            ticks += BackendTicks(reader.GetInt32(0));
        }

        return (process, TimeSpan.FromSeconds(ticks / ClockTicksPerSecond));
    }

    private static long BackendTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
