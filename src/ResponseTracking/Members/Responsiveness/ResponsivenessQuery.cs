using Marten;
using NetworkingPlatform.ResponseTracking.Members.Promises;

namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>Reads what the figures need — only the answers of the conversations received in the window — and computes them.</summary>
public static class ResponsivenessQuery
{
    public static async Task<(ResponsivenessFigures Figures, ResponsePromise Settings)> Load(
        IQuerySession session, string member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - ResponsivenessFigures.Window;
        var answers = await session.Query<MemberConversation>()
            .Where(c => c.Member == member && c.OwedSince >= cutoff)
            .Select(c => c.Answers)
            .ToListAsync(cancellationToken);
        var settings = await session.LoadAsync<ResponsePromise>(member, cancellationToken) ?? new ResponsePromise { Id = member };
        return (ResponsivenessFigures.Compute([.. answers], settings.Hours), settings);
    }
}
