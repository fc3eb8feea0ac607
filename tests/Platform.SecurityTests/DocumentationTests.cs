using System.Net;
using System.Text.Json.Nodes;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>
/// <c>/docs</c> shows every public endpoint: each route the Gateway proxies is described by the document of the
/// service it reaches, and no document describes an operation the Gateway does not route.
/// </summary>
[Collection(SecuredPlatformCollection.Name)]
public sealed class DocumentationTests(SecuredPlatform platform)
{
    [Fact]
    public async Task The_docs_page_offers_every_document()
    {
        var response = await platform.Gateway().GetAsync("/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.All(SecuredPlatform.Documents, document => Assert.Contains($"{document}.json", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_proxied_route_has_documented_operations_in_its_services_document()
    {
        var undocumented = ProxiedRoutes()
            .Where(route => !platform.Operations.Any(operation => operation.Document == route.Service && route.Covers(operation.Path)))
            .Select(route => $"{route.Prefix} ({route.Service})")
            .ToList();

        Assert.True(undocumented.Count == 0, "Routed but not documented: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void Every_documented_service_operation_is_reachable_through_a_route_to_its_service()
    {
        var routes = ProxiedRoutes();
        var unreachable = platform.Operations
            .Where(operation => operation.Document != "gateway")
            .Where(operation => !routes.Any(route => route.Service == operation.Document && route.Covers(operation.Path)))
            .Select(operation => operation.ToString())
            .ToList();

        Assert.True(unreachable.Count == 0, "Documented but not routed: " + string.Join(", ", unreachable));
    }

    /// <summary>The Gateway's YARP routes, read from its configuration as shipped.</summary>
    private static IReadOnlyList<ProxiedRoute> ProxiedRoutes()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "src", "Gateway", "appsettings.json")))!;
        var routes = settings["ReverseProxy"]!["Routes"]!.AsObject()
            .Select(route => new ProxiedRoute(
                route.Value!["Match"]!["Path"]!.GetValue<string>().Replace("/{**rest}", "", StringComparison.Ordinal),
                ServiceOf(route.Value["ClusterId"]!.GetValue<string>())))
            .ToList();
        Assert.NotEmpty(routes);
        return routes;
    }

    // The live stream has a cluster of its own (no response buffering) that reaches Notification.
    private static string ServiceOf(string cluster) => cluster == "notification-stream" ? "notification" : cluster;

    private sealed record ProxiedRoute(string Prefix, string Service)
    {
        public bool Covers(string path) => path == Prefix || path.StartsWith(Prefix + "/", StringComparison.Ordinal);
    }
}
