using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Texts;
using NetworkingPlatform.Notification.Webhooks;

namespace NetworkingPlatform.Notification.Tests;

/// <summary>Each rule of dispatching, decided from a state given here: no database, no bus.</summary>
public sealed class DispatchRulesTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-26T18:00:00Z");
    private static readonly DateTimeOffset WaitingSince = Now.AddDays(-3);

    [Fact]
    public void A_member_without_preferences_is_told_in_app_in_English_and_not_by_email_for_want_of_an_address()
    {
        var decision = Decide(State(), Matched("ana"));

        Assert.Equal("en", Assert.Single(decision.InApp).Language);
        Assert.Empty(decision.Emails);
        Assert.Empty(decision.Webhooks);
        Assert.False(decision.QueuesDeliveries);
    }

    [Fact]
    public void A_member_with_an_address_is_told_in_app_and_by_email_at_once_in_their_language()
    {
        var decision = Decide(State(Member("ana", p => p.ChosenLanguage = "es")), Matched("ana"));

        Assert.Equal("es", Assert.Single(decision.InApp).Language);
        var email = Assert.Single(decision.Emails);
        Assert.Equal(("ana@example.com", "es", Now, false), (email.Address, email.Language, email.DueAt, email.Digest));
        Assert.True(decision.QueuesDeliveries);
    }

    [Fact]
    public void The_channels_chosen_for_a_type_are_the_only_ones_it_goes_to()
    {
        var member = Member("ana", p => p.Channels[NotificationTypes.OpportunityMatched] = [Channels.Email]);

        var decision = Decide(State(member), Matched("ana"), Overdue("ana", "c1"));

        Assert.Equal([NotificationTypes.OpportunityMatched, NotificationTypes.ReplyOverdue], decision.Emails.Select(e => e.Trigger.Type));
        Assert.Equal(NotificationTypes.ReplyOverdue, Assert.Single(decision.InApp).Trigger.Type);
    }

    [Fact]
    public void An_email_in_the_quiet_hours_waits_for_their_end_and_a_digest_one_for_the_digest_time()
    {
        var quiet = Member("ana", p => (p.TimeZone, p.QuietHours) = ("America/Mexico_City", new QuietHours(new TimeOnly(11, 0), new TimeOnly(13, 0))));
        var digest = Member("luis", p => (p.EmailFrequency, p.DigestAt) = (MemberPreferences.DailyDigest, new TimeOnly(8, 0)));

        var decision = Decide(State(quiet, digest), Matched("ana"), Matched("luis"));

        Assert.Equal(DateTimeOffset.Parse("2026-11-26T19:00:00Z"), decision.Emails.Single(e => e.Trigger.Recipient == "ana").DueAt);
        var held = decision.Emails.Single(e => e.Trigger.Recipient == "luis");
        Assert.Equal((DateTimeOffset.Parse("2026-11-27T08:00:00Z"), true), (held.DueAt, held.Digest));
        Assert.Equal(2, decision.InApp.Count);
    }

    [Fact]
    public void Every_webhook_subscription_of_the_type_gets_it_and_no_other()
    {
        var matches = Subscription(NotificationTypes.OpportunityMatched, NotificationTypes.ReplyOverdue);
        var other = Subscription(NotificationTypes.ImportCompleted);

        var decision = Decide(State() with { Subscriptions = [matches, other] }, Matched("ana"), Matched("luis"));

        Assert.Equal([matches.Id, matches.Id], decision.Webhooks.Select(w => w.SubscriptionId));
        Assert.True(decision.QueuesDeliveries);
    }

    [Fact]
    public void What_exists_already_is_not_sent_again_nor_what_a_batch_holds_twice()
    {
        var trigger = Matched("ana");
        var subscription = Subscription(NotificationTypes.OpportunityMatched);
        var fresh = State(Member("ana")) with { Subscriptions = [subscription] };
        var redelivered = fresh with
        {
            ExistingNotifications = new HashSet<string> { InAppNotification.IdFor(trigger.EventId, "ana") },
            ExistingDeliveries = new HashSet<string> { Delivery.EmailIdFor(trigger.EventId, "ana"), Delivery.WebhookIdFor(trigger.EventId, subscription.Id) },
        };

        var twice = Decide(fresh, trigger, trigger);
        var again = Decide(redelivered, trigger);

        Assert.Equal((1, 1, 1), (twice.InApp.Count, twice.Emails.Count, twice.Webhooks.Count));
        Assert.Equal((0, 0, 0), (again.InApp.Count, again.Emails.Count, again.Webhooks.Count));
    }

    [Fact]
    public void A_nudge_about_a_wait_answered_since_it_began_sends_nothing_and_one_answered_before_goes()
    {
        var answered = State(Member("ana")) with { Answers = Answers(("c1", "ana", WaitingSince.AddHours(1)), ("c2", "ana", WaitingSince.AddHours(-1))) };

        var decision = Decide(answered, Overdue("ana", "c1"), Overdue("ana", "c2"));

        Assert.Equal("c2", Assert.Single(decision.InApp).Trigger.ConversationId);
        Assert.Equal("c2", Assert.Single(decision.Emails).Trigger.ConversationId);
        Assert.Equal([("c2", "ana")], decision.Nudged);
        Assert.Equal(NudgeState.IdFor("c2", "ana"), Assert.Single(decision.NudgeStates).Id);
    }

    [Fact]
    public void A_member_is_nudged_about_a_conversation_at_most_once_a_day()
    {
        var yesterday = new NudgeState { Id = NudgeState.IdFor("c1", "ana"), LastNudgedAt = Now.AddHours(-25), LastNudgeEventId = Guid.NewGuid() };
        var anHourAgo = new NudgeState { Id = NudgeState.IdFor("c2", "ana"), LastNudgedAt = Now.AddHours(-1), LastNudgeEventId = Guid.NewGuid() };
        var state = State(Member("ana")) with { NudgeStates = new Dictionary<string, NudgeState> { [yesterday.Id] = yesterday, [anHourAgo.Id] = anHourAgo } };
        var first = Overdue("ana", "c1");

        var decision = Decide(state, first, Overdue("ana", "c2"), Overdue("ana", "c1"));

        Assert.Equal([("c1", "ana")], decision.Nudged);
        Assert.Equal(first.EventId, Assert.Single(decision.InApp).Trigger.EventId);
        var stored = Assert.Single(decision.NudgeStates);
        Assert.Equal((yesterday.Id, Now, first.EventId), (stored.Id, stored.LastNudgedAt!.Value, stored.LastNudgeEventId!.Value));
        Assert.Equal(Now.AddHours(-25), yesterday.LastNudgedAt);
    }

    [Fact]
    public void A_redelivered_nudge_sends_what_it_had_not_sent_and_leaves_its_bookkeeping_alone()
    {
        var nudge = Overdue("ana", "c1");
        var sent = new NudgeState { Id = NudgeState.IdFor("c1", "ana"), LastNudgedAt = Now.AddMinutes(-5), LastNudgeEventId = nudge.EventId };
        var state = State(Member("ana")) with
        {
            NudgeStates = new Dictionary<string, NudgeState> { [sent.Id] = sent },
            ExistingNotifications = new HashSet<string> { InAppNotification.IdFor(nudge.EventId, "ana") },
        };

        var decision = Decide(state, nudge);

        Assert.Empty(decision.InApp);
        Assert.Single(decision.Emails);
        Assert.Empty(decision.NudgeStates);
        Assert.Equal([("c1", "ana")], decision.Nudged);
    }

    [Fact]
    public void Triggers_that_are_not_nudges_keep_no_nudge_bookkeeping()
    {
        var answered = State(Member("ana")) with { Answers = Answers(("c1", "ana", Now)) };

        var decision = Decide(answered, Matched("ana") with { ConversationId = "c1" });

        Assert.Single(decision.InApp);
        Assert.Empty(decision.NudgeStates);
        Assert.Empty(decision.Nudged);
    }

    private static DispatchDecision Decide(DispatchState state, params Trigger[] triggers) => DispatchRules.Decide(state, triggers, Now);

    private static DispatchState State(params MemberPreferences[] members) => new(
        members.ToDictionary(m => m.Id), new Dictionary<string, NudgeState>(), new Dictionary<string, ConversationAnswer>(), [],
        new HashSet<string>(), new HashSet<string>());

    private static MemberPreferences Member(string id, Action<MemberPreferences>? choose = null)
    {
        var member = MemberPreferences.DefaultFor(id);
        member.Email = $"{id}@example.com";
        choose?.Invoke(member);
        return member;
    }

    private static Dictionary<string, ConversationAnswer> Answers(params (string Conversation, string Member, DateTimeOffset At)[] answers) =>
        answers.Select(a => new ConversationAnswer { Id = ConversationAnswer.IdFor(a.Conversation, a.Member), AnsweredAt = a.At }).ToDictionary(a => a.Id);

    private static WebhookSubscription Subscription(params string[] types) => new() { Id = Guid.NewGuid(), EventTypes = [.. types] };

    private static Trigger Matched(string recipient) =>
        new(Guid.NewGuid(), "tenant", NotificationTypes.OpportunityMatched, recipient, Now, Text("Match"), Text("A match"), new { });

    private static Trigger Overdue(string recipient, string conversation) =>
        new(Guid.NewGuid(), "tenant", NotificationTypes.ReplyOverdue, recipient, Now, Text("Overdue"), Text("Reply"), new { }, conversation, "luis", WaitingSince);

    private static LocalizedText Text(string text) => new($"{text} (es)", text);
}
