namespace NetworkingPlatform.Notification.Triggers;

/// <summary>
/// History (imports, backfills, anything old when it arrived) is recorded like live data but announces nothing: no nudge,
/// notification, email or webhook. Ingestion decides what is history and the events carry it; an answer from history
/// still withdraws the nudges it made moot. An import announces itself once, with <see cref="ImportSummarised"/>.
/// </summary>
public static class HistoryIsQuiet
{
    public static bool Announces(ConversationAnswered answered) => !answered.IsHistory;

    public static bool Announces(ReplyOverdue overdue) => !overdue.IsHistory;
}
