using NetworkingPlatform.Platform.FaultTests.Faults;
using Xunit.Abstractions;

namespace NetworkingPlatform.Platform.FaultTests;

/// <summary>
/// One fault at a time under a careful load through the Gateway: after each, every message a careful client sent was
/// accepted once and recorded once in ResponseTracking, every answered conversation notified its asker once, no error
/// queue holds anything, nothing was set aside, and the platform was back and processing within 30 s. Prints the table
/// of every fault so far (dotnet test --logger "console;verbosity=detailed").
/// </summary>
[Collection(FaultPlatformCollection.Name)]
public sealed class PlatformFaultTests(FaultPlatform platform, ITestOutputHelper output)
{
    private static readonly PlatformFault[] Faults =
    [
        new DatabaseRestart(),
        new ServiceKill("ingestion"),
        new ServiceKill("responsetracking", replica: 0),
        new ServiceKill("notification", replica: 1),
        new ServiceKill("opportunitymatching"),
        new ServiceKill("gateway"),
        new BrokerNodeStop(BrokerNodeStop.Role.ServingConnections),
        new BrokerNodeStop(BrokerNodeStop.Role.LeadingQueues),
        new BrokerRestart(down: TimeSpan.FromSeconds(5)),
    ];

    public static TheoryData<string> FaultNames => [.. Faults.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FaultNames))]
    public async Task Nothing_is_lost_or_doubled_and_the_platform_is_back_within_30_seconds(string fault)
    {
        var injected = Faults.Single(f => f.Name == fault);
        await RunRound(injected, Array.IndexOf(Faults, injected) + 1);
    }

    private async Task RunRound(PlatformFault injected, int round)
    {
        var fault = injected.Name;
        var outcome = await FaultRound.Run(platform, injected, round, CancellationToken.None);
        platform.Outcomes.Add(outcome);
        output.WriteLine(FaultTable.Format(platform.Outcomes));
        var problems = outcome.Problems;
        foreach (var example in outcome.Verdict.Examples.Concat(outcome.Ledger.Failures))
        {
            output.WriteLine($"  {example}");
        }

        Assert.True(problems.Count == 0, $"{fault}: {string.Join("; ", problems)}");
    }
}
