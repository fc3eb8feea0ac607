using JasperFx.Events;
using MassTransit;
using Microsoft.Extensions.Logging;
using NetworkingPlatform.Contracts.Gateway;
using NetworkingPlatform.Gateway.Accounts;
using NetworkingPlatform.ServiceDefaults.Messaging;

namespace NetworkingPlatform.Gateway.IntegrationEvents;

/// <summary>Publishes each committed <see cref="AccountLanguageChosen"/> as <see cref="AccountLanguageSet"/>.</summary>
public sealed class AccountEventsForwarder(IBusControl bus, ILogger<AccountEventsForwarder> logger)
    : CommittedEventForwarder<AccountLanguageChosen, AccountLanguageSet>(bus, logger, "account-events-forwarder", "forward account-language-chosen")
{
    protected override AccountLanguageSet ToMessage(IEvent<AccountLanguageChosen> stored) =>
        new(stored.Id, stored.Data.TenantId, stored.Timestamp, stored.Data.Member, stored.Data.Language);
}
