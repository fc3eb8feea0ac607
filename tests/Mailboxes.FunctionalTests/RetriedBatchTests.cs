extern alias mailboxes;
using Microsoft.Extensions.DependencyInjection;
using EmailMessage = mailboxes::NetworkingPlatform.Mailboxes.Intake.EmailMessage;
using IngestionIntake = mailboxes::NetworkingPlatform.Mailboxes.Intake.IngestionIntake;

namespace NetworkingPlatform.Mailboxes.FunctionalTests;

/// <summary>
/// A batch sent again after its first attempt timed out (the first may well have committed) counts as taken, not as
/// duplicates of itself; the same emails reaching Ingestion from another mailbox are duplicates.
/// </summary>
[Collection(MailPlatformCollection.Name)]
public sealed class RetriedBatchTests(MailPlatform platform)
{
    [Fact]
    public async Task A_batch_sent_again_gets_its_first_answer_and_another_mailbox_with_the_same_emails_gets_duplicates()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var thread = Guid.NewGuid().ToString("N");
        var sentAt = DateTimeOffset.UtcNow.AddDays(-2);
        EmailMessage[] batch =
        [
            new($"email-thread-{thread}", $"email-{thread}-1", "contact@client.test", ["ines"], sentAt, "Proposal",
                "Could we set up a call next week?", null, "Contact", ["Inés"]),
            new($"email-thread-{thread}", $"email-{thread}-2", "ines", ["contact@client.test"], sentAt.AddHours(2), "Re: Proposal",
                "Sure, Tuesday at 10 works for me.", $"email-{thread}-1", "Inés", ["Contact"]),
        ];
        using var scope = platform.MailboxesServices.CreateScope();
        var intake = scope.ServiceProvider.GetRequiredService<IngestionIntake>();

        var first = await intake.Take(tenant, "mailbox-a", batch, history: true, CancellationToken.None);
        var sentAgain = await intake.Take(tenant, "mailbox-a", batch, history: true, CancellationToken.None);
        var fromAnotherMailbox = await intake.Take(tenant, "mailbox-b", batch, history: true, CancellationToken.None);

        Assert.Equal((2, 0), (first.Taken, first.Duplicates));
        Assert.Equal((2, 0), (sentAgain.Taken, sentAgain.Duplicates));
        Assert.Equal((0, 2), (fromAnotherMailbox.Taken, fromAnotherMailbox.Duplicates));
    }
}
