namespace NetworkingPlatform.ServiceDefaults.Storage.Faults;

/// <summary>
/// Something a fault can leave behind in a service's store — a dead-lettered event, a claim no request will finish, an
/// import that keeps failing — counted so that it is reported instead of silently kept (see <see cref="LeftBehindMonitor"/>).
/// </summary>
public interface ILeftBehindCount
{
    /// <summary>The gauge's name, e.g. <c>networkingplatform.faults.dead_letter_events</c>.</summary>
    string Name { get; }

    /// <summary>The gauge's unit in UCUM annotation form, e.g. <c>{event}</c>.</summary>
    string Unit { get; }

    string Description { get; }

    Task<long> Count(CancellationToken cancellationToken);
}
