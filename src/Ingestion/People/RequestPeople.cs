using NetworkingPlatform.Ingestion.Messages.IngestingMessage;

namespace NetworkingPlatform.Ingestion.People;

/// <summary>The names an API message gives its sender and recipients (fromName, toNames in the order of to).</summary>
public static class RequestPeople
{
    public static IEnumerable<PersonSeen> Of(IngestMessageRequest request)
    {
        var sentAt = request.SentAt!.Value.ToUniversalTime();
        if (PersonSeen.Name(request.FromName) is { } from)
        {
            yield return new PersonSeen(request.From!, from, null, null, sentAt);
        }

        for (var i = 0; i < (request.ToNames?.Count ?? 0); i++)
        {
            if (PersonSeen.Name(request.ToNames![i]) is { } to)
            {
                yield return new PersonSeen(request.To![i], to, null, null, sentAt);
            }
        }
    }
}
