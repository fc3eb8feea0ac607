// Each collection starts a whole AppHost (eight processes); two starting at once beside the other suites on two cores
// ran past their start timeout, so the collections take turns.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
