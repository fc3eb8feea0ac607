using NetworkingPlatform.Platform.Bench;

// bench/platform-bench.sh [--rate 500] [--duration 60] [--warmup 20] [--import 5000] [--keep]
// bench/platform-bench.sh --mailbox 10000 [--keep]
var settings = BenchSettings.Parse(args);
var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
return settings.MailboxMessages > 0
    ? await PlatformMailboxBenchmark.Run(repository, settings, LocalServers.FromEnvironment())
    : await PlatformBenchmark.Run(repository, settings, LocalServers.FromEnvironment());
