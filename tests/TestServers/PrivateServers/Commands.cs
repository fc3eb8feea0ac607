using System.Diagnostics;
using System.Text;

namespace NetworkingPlatform.TestServers.PrivateServers;

/// <summary>Runs the servers' command-line tools: to completion (their output in the error if they fail), or in the background.</summary>
internal static class Commands
{
    public static async Task<string> Run(
        string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string? workingDirectory = null)
    {
        using var process = new Process { StartInfo = StartInfo(file, arguments, environment, workingDirectory) };
        process.StartInfo.RedirectStandardOutput = true;
        process.StartInfo.RedirectStandardError = true;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var bound = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(file, arguments)} did not finish within {timeout}: {Text(output)}");
        }

        // The asynchronous readers may still hold the last lines.
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Describe(file, arguments)} exited with {process.ExitCode}: {Text(output)}");
        }

        return Text(output);
    }

    public static Process Start(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory) =>
        Process.Start(StartInfo(file, arguments, environment, workingDirectory)) ?? throw new InvalidOperationException($"{file} did not start.");

    private static ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments) { UseShellExecute = false, WorkingDirectory = workingDirectory ?? Path.GetTempPath() };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().Trim();
        }
    }

    private static string Describe(string file, IEnumerable<string> arguments) => $"'{file} {string.Join(' ', arguments)}'";
}
