using UUIDNext;

namespace NetworkingPlatform.ServiceDefaults.Messaging;

/// <summary>
/// The id of an integration event, derived from what it is about, so that publishing it again (a page forwarded twice,
/// a publish repeated after a crash) repeats the id and consumers drop the repeat. Every service makes these ids this
/// one way: a name-based UUID (RFC 9562, version 5) under the platform's namespace.
/// </summary>
public static class StableEventId
{
    // Ingestion's namespace from before the services shared this helper, so that its events keep their ids.
    private static readonly Guid Platform = new("6f1f5d3e-8f0b-4a57-9a43-3b1d8f0c2e71");

    /// <summary>The id of the event named by <paramref name="name"/>, a key that says what the event is about.</summary>
    public static Guid Of(string name) => Uuid.NewNameBased(Platform, name);

    /// <summary>The id of one of the integration events a stored event sets off, told apart by <paramref name="purpose"/>.</summary>
    public static Guid Of(Guid storedEventId, string purpose) => Of($"{storedEventId:N}/{purpose}");
}
