using System.Net.Http.Json;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.Notification.FunctionalTests.Fakes;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

/// <summary>A service sends nothing anywhere its operator did not configure, from its start to its stop.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class NoPhoningHomeTests(IsolatedInfrastructure infrastructure)
{
    [Fact]
    public async Task The_service_reaches_only_the_hosts_in_its_configuration()
    {
        using var outbound = new OutboundAttempts();
        // MassTransit's usage report, if it were on, would wait minutes; reporting it at shutdown brings it into the test.
        var harness = new NotificationHarness(infrastructure, configureServices: services =>
            services.Configure<UsageTelemetryOptions>(options => options.ReportOnShutdown = true));
        await harness.InitializeAsync();
        var configured = ConfiguredHosts(harness.Services.GetRequiredService<IConfiguration>());
        try
        {
            var subscribed = await harness.Client().PostAsJsonAsync("/api/v1/webhooks",
                new { url = new Uri(harness.Webhooks.BaseAddress, "hooks/a").ToString(), eventTypes = new[] { "reply-overdue" } });
            subscribed.EnsureSuccessStatusCode();
            var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
            await harness.Bus.Publish(overdue);
            await Eventually.Get(() => Task.FromResult(harness.Webhooks.Received.FirstOrDefault()), what: "the webhook on loopback");
        }
        finally
        {
            await harness.DisposeAsync();
        }

        Assert.NotEmpty(outbound.Hosts);
        Assert.Empty(outbound.Beyond(configured));
    }

    /// <summary>Every host the service's configuration names: in connection strings, URLs and "Host" settings.</summary>
    private static HashSet<string> ConfiguredHosts(IConfiguration configuration)
    {
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "localhost" };
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host))
            {
                hosts.Add(uri.IdnHost);
            }
            else if (key.EndsWith(":Host", StringComparison.OrdinalIgnoreCase))
            {
                hosts.Add(value);
            }
            else if (key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase))
            {
                hosts.UnionWith(value.Split(';').Select(part => part.Split('=', 2))
                    .Where(pair => pair.Length == 2 && pair[0].Trim().Equals("Host", StringComparison.OrdinalIgnoreCase))
                    .Select(pair => pair[1].Trim()));
            }
        }

        return hosts;
    }
}
