using NetworkingPlatform.Notification.Dispatching;

namespace NetworkingPlatform.Notification.Answers;

/// <summary>A reply a member can send with one click from a nudge; <see cref="Kind"/> is the message kind Ingestion records.</summary>
public sealed record OneClickAnswer(string Name, string Kind, LocalizedText Label, LocalizedText Reply)
{
    public static readonly OneClickAnswer Decline = new(
        "decline", "decline",
        new("No, gracias", "No, thanks"),
        new("No, gracias. Por ahora no me interesa, pero te agradezco el mensaje.", "No, thanks. It is not for me right now, but thank you for the message."));

    public static readonly OneClickAnswer TellMeMore = new(
        "tell-me-more", "question",
        new("Cuéntame más", "Tell me more"),
        new("¡Gracias por escribir! ¿Me cuentas un poco más?", "Thanks for writing! Could you tell me a bit more?"));

    public static readonly OneClickAnswer LetsMeet = new(
        "lets-meet", "meeting-proposal",
        new("Agendemos", "Let's meet"),
        new("¡Agendemos una llamada! ¿Qué día te queda bien?", "Let's meet! Which day works for you?"));

    public static readonly IReadOnlyList<OneClickAnswer> All = [Decline, TellMeMore, LetsMeet];

    public static readonly IReadOnlyList<string> Names = [.. All.Select(answer => answer.Name)];

    public static OneClickAnswer? Find(string name) => All.FirstOrDefault(answer => answer.Name == name);
}
