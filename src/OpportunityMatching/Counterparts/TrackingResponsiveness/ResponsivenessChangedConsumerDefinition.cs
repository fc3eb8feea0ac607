using MassTransit;

namespace NetworkingPlatform.OpportunityMatching.Counterparts.TrackingResponsiveness;

/// <summary>
/// Figures arrive with every reply the platform records: taken a hundred at a time, or whatever arrived within
/// <see cref="Gathering"/>, they cost one transaction per batch instead of one per reply. Matching only needs them
/// before the next ranking, so gathering a little longer costs nothing a member sees.
/// </summary>
public sealed class ResponsivenessChangedConsumerDefinition : ConsumerDefinition<ResponsivenessChangedConsumer>
{
    public const int BatchSize = 100;
    public static readonly TimeSpan Gathering = TimeSpan.FromMilliseconds(50);

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ResponsivenessChangedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = BatchSize * 2;
        consumerConfigurator.Options<BatchOptions>(options => options.SetMessageLimit(BatchSize).SetTimeLimit(Gathering).SetConcurrencyLimit(1));
    }
}
