using NetworkingPlatform.Ingestion.Classification;

namespace NetworkingPlatform.Ingestion.Messages.IngestingMessage;

/// <summary>Names every problem of a message request by its field, the way a client can show it.</summary>
public static class IngestMessageValidator
{
    public const int MaxIdLength = 200;
    public const int MaxBodyLength = 20_000;
    public const int MaxSubjectLength = 500;
    public const int MaxRecipients = 100;
    public static readonly IReadOnlySet<string> Channels = new HashSet<string>(StringComparer.Ordinal) { "linkedin", "email", "api", "portal" };

    public static Dictionary<string, string[]> Validate(IngestMessageRequest request, DateTimeOffset now) =>
        Validate(request, string.Empty, new Dictionary<string, string[]>(StringComparer.Ordinal), now);

    /// <summary>Adds the request's problems to <paramref name="errors"/>, each field named after <paramref name="prefix"/> (e.g. "messages[3].").</summary>
    public static Dictionary<string, string[]> Validate(IngestMessageRequest request, string prefix, Dictionary<string, string[]> errors, DateTimeOffset now)
    {
        RequireId(errors, $"{prefix}conversationId", request.ConversationId);
        RequireId(errors, $"{prefix}messageId", request.MessageId);
        RequireHandle(errors, $"{prefix}from", request.From);
        if (request.To is null || request.To.Count == 0)
        {
            errors[$"{prefix}to"] = ["At least one recipient is required."];
        }
        else if (request.To.Count > MaxRecipients)
        {
            errors[$"{prefix}to"] = [$"At most {MaxRecipients} recipients are allowed."];
        }
        else
        {
            for (var i = 0; i < request.To.Count; i++)
            {
                RequireHandle(errors, $"{prefix}to[{i}]", request.To[i]);
            }
        }

        if (request.SentAt is null)
        {
            errors[$"{prefix}sentAt"] = ["The time the message was sent is required (ISO 8601 with offset)."];
        }
        else
        {
            RequirePlausible(errors, $"{prefix}sentAt", request.SentAt.Value, now);
        }

        if (request.Body is null)
        {
            errors[$"{prefix}body"] = ["The body is required (it may be empty)."];
        }
        else if (request.Body.Length > MaxBodyLength)
        {
            errors[$"{prefix}body"] = [$"The body is longer than {MaxBodyLength} characters."];
        }

        if (request.Subject is { Length: > MaxSubjectLength })
        {
            errors[$"{prefix}subject"] = [$"The subject is longer than {MaxSubjectLength} characters."];
        }

        if (request.Kind is not null && !MessageKind.All.Contains(request.Kind))
        {
            errors[$"{prefix}kind"] = [$"Unknown kind '{request.Kind}'; expected one of: {string.Join(", ", MessageKind.All)}."];
        }

        CheckChannel(errors, $"{prefix}channel", request.Channel);
        if (request.FromName is { Length: > People.PeopleDirectory.MaxNameLength })
        {
            errors[$"{prefix}fromName"] = [$"At most {People.PeopleDirectory.MaxNameLength} characters are allowed."];
        }

        if (request.ToNames is { } names)
        {
            if (names.Count > (request.To?.Count ?? 0))
            {
                errors[$"{prefix}toNames"] = ["There are more names than recipients: toNames follows the order of to."];
            }

            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] is { Length: > People.PeopleDirectory.MaxNameLength })
                {
                    errors[$"{prefix}toNames[{i}]"] = [$"At most {People.PeopleDirectory.MaxNameLength} characters are allowed."];
                }
            }
        }

        return errors;
    }

    /// <summary>An optional channel, when given, is one of <see cref="Channels"/>.</summary>
    public static void CheckChannel(Dictionary<string, string[]> errors, string field, string? channel)
    {
        if (channel is not null && !Channels.Contains(channel))
        {
            errors[field] = [$"Unknown channel '{channel}'; expected one of: {string.Join(", ", Channels)}."];
        }
    }

    /// <summary>A member's handle: present and following <see cref="MemberHandle.Grammar"/>.</summary>
    public static void RequireHandle(Dictionary<string, string[]> errors, string field, string? value)
    {
        RequireId(errors, field, value);
        if (!errors.ContainsKey(field) && !MemberHandle.IsValid(MemberHandle.Normalize(value!)))
        {
            errors[field] = [$"Not a valid handle: expected {MemberHandle.Grammar}."];
        }
    }

    /// <summary>A date something was sent or accepted: see <see cref="PlausibleDate"/>.</summary>
    public static void RequirePlausible(Dictionary<string, string[]> errors, string field, DateTimeOffset value, DateTimeOffset now)
    {
        if (PlausibleDate.Problem(value, now) is { } problem)
        {
            errors[field] = [problem];
        }
    }

    /// <summary>An id or handle: present, and no longer than <see cref="MaxIdLength"/>.</summary>
    public static void RequireId(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["A value is required."];
        }
        else if (value.Length > MaxIdLength)
        {
            errors[field] = [$"At most {MaxIdLength} characters are allowed."];
        }
    }
}
