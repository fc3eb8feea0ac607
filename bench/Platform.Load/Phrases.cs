namespace NetworkingPlatform.Platform.Load;

/// <summary>What members write: openers that ask for a reply, and answers, in Spanish and English.</summary>
public static class Phrases
{
    public static readonly string[] Openers =
    [
        "¿Podemos hablar mañana sobre la propuesta?",
        "Hola, ¿tienes 15 minutos esta semana para una llamada sobre el proyecto?",
        "¿Te interesaría colaborar en la implementación del nuevo sistema de nómina?",
        "Would you be open to a quick call on Thursday about the role?",
        "Do you have capacity for a new data project next month?",
        "Could you share the pricing for your consulting services?",
    ];

    public static readonly string[] Answers =
    [
        "Claro, el jueves me va bien. Te envío una invitación.",
        "No, gracias, por ahora no estoy buscando.",
        "Sí, con gusto te comparto la información.",
        "Sure, Thursday works for me.",
        "No, thanks, not right now.",
        "Happy to help, I will send it over today.",
    ];
}
