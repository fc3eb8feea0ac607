using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<IsolatedInfrastructure>
{
    public const string Name = "real PostgreSQL and RabbitMQ";
}
