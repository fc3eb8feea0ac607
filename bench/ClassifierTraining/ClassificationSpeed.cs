using System.Diagnostics;
using NetworkingPlatform.Ingestion.Classification;

namespace NetworkingPlatform.ClassifierTraining;

/// <summary>
/// Classifies the labelled texts over and over on one thread, as an import does, and prints messages per second of
/// wall-clock and of the process's CPU time (the second is the one to compare on a busy machine).
/// </summary>
public static class ClassificationSpeed
{
    public static int Measure(TimeSpan duration)
    {
        var texts = LabelledMessages.Read(RepositoryFiles.TuningSet)
            .Concat(LabelledMessages.Read(RepositoryFiles.HeldOutSet))
            .Select(row => row.Text)
            .ToArray();

        Run(texts, TimeSpan.FromSeconds(5), "warm-up");
        Run(texts, duration, "measured");
        return 0;
    }

    private static void Run(string[] texts, TimeSpan duration, string label)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long classified = 0;
        while (clock.Elapsed < duration)
        {
            foreach (var text in texts)
            {
                MessageClassifier.Classify(null, text);
            }

            classified += texts.Length;
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"{label}: {classified:N0} messages in {clock.Elapsed.TotalSeconds:F1} s = {classified / clock.Elapsed.TotalSeconds:N0}/s wall-clock, {classified / cpu:N0}/s of CPU time");
    }
}
