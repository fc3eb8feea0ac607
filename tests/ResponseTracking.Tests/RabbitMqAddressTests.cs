using NetworkingPlatform.ServiceDefaults.Messaging;

namespace NetworkingPlatform.ResponseTracking.Tests;

/// <summary>The broker's connection string, for one node or for a cluster's nodes (the messaging defaults every service uses).</summary>
public sealed class RabbitMqAddressTests
{
    [Fact]
    public void One_node_is_read_with_its_escaped_credentials_and_vhost()
    {
        var address = RabbitMqAddress.Parse("amqp://np%40user:p%2Fss%3Aword@broker.internal:5673/np%2Fvhost");

        Assert.Equal(new RabbitMqAddress("broker.internal", 5673, "np/vhost", "np@user", "p/ss:word"), address with { Nodes = [] });
        Assert.Equal(["broker.internal:5673"], address.Nodes);
    }

    [Fact]
    public void A_clusters_nodes_are_read_in_order_with_the_default_port_where_none_is_given()
    {
        var address = RabbitMqAddress.Parse("amqp://np:secret@10.0.0.1:5672,10.0.0.2,rabbit-3.internal:5674/networking");

        Assert.Equal(("10.0.0.1", (ushort)5672, "networking", "np", "secret"), (address.Host, address.Port, address.VirtualHost, address.Username, address.Password));
        Assert.Equal(["10.0.0.1:5672", "10.0.0.2:5672", "rabbit-3.internal:5674"], address.Nodes);
    }

    [Fact]
    public void Without_credentials_or_vhost_the_brokers_defaults_apply()
    {
        var address = RabbitMqAddress.Parse("amqp://127.0.0.1,127.0.0.2:5673");

        Assert.Equal(("guest", "guest", "/"), (address.Username, address.Password, address.VirtualHost));
        Assert.Equal(["127.0.0.1:5672", "127.0.0.2:5673"], address.Nodes);
    }

    [Theory]
    [InlineData("http://np:secret@127.0.0.1/networking")]
    [InlineData("amqp://np:secret@127.0.0.1:5672,:5673/networking")]
    [InlineData("amqp://np:secret@127.0.0.1:5672,host:port/networking")]
    public void A_connection_string_that_names_no_broker_is_refused(string connectionString) =>
        Assert.Throws<FormatException>(() => RabbitMqAddress.Parse(connectionString));
}
