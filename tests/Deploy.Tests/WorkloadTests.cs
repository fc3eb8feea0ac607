using k8s.Models;

namespace NetworkingPlatform.Deploy.Tests;

public sealed class WorkloadTests
{
    /// <summary>The services that consume from RabbitMQ as competing consumers: they scale out with the messages.</summary>
    public static readonly string[] ConsumerServices = ["ingestion", "responsetracking", "opportunitymatching", "notification", "mailboxes"];

    /// <summary>Services that run as one replica, and why (issue 19 §2 asks two of every service that supports it).</summary>
    public static readonly IReadOnlyDictionary<string, string> SingleReplica = new Dictionary<string, string>
    {
        ["portal"] = "its cookie and antiforgery keys live in each process and a Blazor circuit in one: a second replica needs a shared key ring and sticky sessions",
    };

    private readonly IReadOnlyList<Manifest> manifests = DeployDirectory.Load();

    private IEnumerable<T> All<T>() => manifests.Select(manifest => manifest.Object).OfType<T>();

    public static TheoryData<string> Consumers() => new(ConsumerServices);

    [Fact]
    public void Every_deployment_runs_two_replicas_unless_it_cannot()
    {
        Assert.All(All<V1Deployment>(), deployment =>
        {
            var expected = SingleReplica.ContainsKey(deployment.Metadata.Name) ? 1 : 2;
            Assert.True(deployment.Spec.Replicas == expected, $"{deployment.Metadata.Name} runs {deployment.Spec.Replicas} replicas, not {expected}");
        });
    }

    [Fact]
    public void Every_deployment_is_reached_through_a_service_of_its_name_on_its_http_port()
    {
        var services = All<V1Service>().ToDictionary(service => service.Metadata.Name);

        Assert.All(All<V1Deployment>(), deployment =>
        {
            var name = deployment.Metadata.Name;
            Assert.True(services.TryGetValue(name, out var service), $"{name} has no Service");
            AssertSelects(name, "Service", service.Spec.Selector, deployment);
            var port = Assert.Single(service.Spec.Ports);
            Assert.Equal("http", port.TargetPort.ToString());
        });
    }

    [Fact]
    public void Every_deployment_has_a_disruption_budget_that_a_node_drain_can_meet()
    {
        var budgets = All<V1PodDisruptionBudget>().ToDictionary(budget => budget.Metadata.Name);

        Assert.All(All<V1Deployment>(), deployment =>
        {
            var name = deployment.Metadata.Name;
            Assert.True(budgets.TryGetValue(name, out var budget), $"{name} has no PodDisruptionBudget");
            AssertSelects(name, "PodDisruptionBudget", budget.Spec.Selector.MatchLabels, deployment);
            // A budget keeping as many pods as the deployment runs would block every drain.
            var keeps = budget.Spec.MinAvailable is { } minAvailable ? int.Parse(minAvailable.ToString()!) : deployment.Spec.Replicas!.Value - int.Parse(budget.Spec.MaxUnavailable.ToString()!);
            Assert.True(keeps < deployment.Spec.Replicas, $"{name}'s budget keeps {keeps} of {deployment.Spec.Replicas} pods: no node could be drained");
        });
    }

    [Theory]
    [MemberData(nameof(Consumers))]
    public void A_consumer_service_scales_on_cpu_from_its_replicas(string name)
    {
        var deployment = Assert.Single(All<V1Deployment>(), deployment => deployment.Metadata.Name == name);
        var autoscaler = Assert.Single(All<V2HorizontalPodAutoscaler>(), autoscaler => autoscaler.Metadata.Name == name);

        Assert.Equal(("apps/v1", "Deployment", name), (autoscaler.Spec.ScaleTargetRef.ApiVersion, autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name));
        Assert.Equal(deployment.Spec.Replicas, autoscaler.Spec.MinReplicas);
        Assert.True(autoscaler.Spec.MaxReplicas > autoscaler.Spec.MinReplicas, $"{name}'s autoscaler cannot add a replica");
        var metric = Assert.Single(autoscaler.Spec.Metrics);
        Assert.Equal(("Resource", "cpu", "Utilization"), (metric.Type, metric.Resource.Name, metric.Resource.Target.Type));
    }

    [Fact]
    public void Only_consumer_services_scale_by_themselves()
    {
        Assert.Equal(ConsumerServices.Order(StringComparer.Ordinal), All<V2HorizontalPodAutoscaler>().Select(autoscaler => autoscaler.Metadata.Name).Order(StringComparer.Ordinal));
    }

    private static void AssertSelects(string name, string kind, IDictionary<string, string>? selector, V1Deployment deployment)
    {
        var labels = deployment.Spec.Template.Metadata.Labels;
        Assert.True(selector is { Count: > 0 } && selector.All(label => labels.TryGetValue(label.Key, out var value) && value == label.Value),
            $"{name}'s {kind} does not select its pods");
    }
}
