using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Gateway.FunctionalTests;

[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<IsolatedInfrastructure>
{
    public const string Name = "real PostgreSQL and RabbitMQ";
}
