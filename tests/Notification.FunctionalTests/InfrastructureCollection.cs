using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<IsolatedInfrastructure>
{
    public const string Name = "real PostgreSQL and RabbitMQ";
}
