using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>
/// One RabbitMQ node of the three stopped gracefully and left down while the platform works on: the node most services are
/// connected to (they fail over to another node), or the node that leads the queues (their quorum elects new leaders).
/// Often one node is both. Started again once the platform is back, so the next round has the whole cluster.
/// </summary>
public sealed class BrokerNodeStop(BrokerNodeStop.Role role) : PlatformFault(
    role == Role.ServingConnections ? "RabbitMQ node serving the services stopped" : "RabbitMQ node leading the queues stopped")
{
    public enum Role
    {
        ServingConnections,
        LeadingQueues,
    }

    public override async Task<InjectedFault> Inject(FaultPlatform platform, OpenLoopDriver load, CancellationToken cancellationToken)
    {
        var cluster = platform.RabbitMq;
        var leader = await cluster.LeaderOfMostQueues(cancellationToken);
        var serving = await cluster.NodeOfMostConnections(cancellationToken);
        var node = role == Role.ServingConnections ? serving : leader;
        var leads = leader == node ? "leading the queues" : "leading no queue";
        var serves = serving == node ? "serving the services" : "serving no service";
        await node.Stop();
        return new InjectedFault($"{node.NodeName} ({leads}, {serves}) down until the platform was back", () => true) { Repair = node.StartAgain };
    }
}
