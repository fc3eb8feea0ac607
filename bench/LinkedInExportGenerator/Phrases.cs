namespace NetworkingPlatform.LinkedInExportGenerator;

/// <summary>Fictional message texts by kind, in Spanish and English, written the way people write on LinkedIn.</summary>
public static class Phrases
{
    public static readonly IReadOnlyDictionary<string, string[]> Spanish = new Dictionary<string, string[]>
    {
        ["greeting"] =
        [
            "Hola {name}, ¡gracias por conectar! Vi que trabajas en {topic}, me encantaría saber más de tu experiencia.",
            "Buenas {name} 👋 encantada de conectar contigo.",
            "Qué tal {name}! Un gusto tenerte en mi red, cualquier cosa que necesites aquí estoy.",
            "Hola {name}, te escribo porque coincidimos en el evento de {topic}. ¡Saludos desde Bogotá!",
        ],
        ["question"] =
        [
            "Hola {name}, ¿me podrías contar cómo manejan {topic} en tu equipo?",
            "{name}, una consulta: ¿conoces a alguien que sepa de {topic}? Gracias de antemano",
            "¿Sigues buscando gente para {topic}? Me interesa la vacante.",
            "Hola! ¿Qué herramienta usan para {topic}? Estamos evaluando opciones y\nme vendría bien tu opinión.",
        ],
        ["meeting-proposal"] =
        [
            "Hola {name}, ¿te parece si agendamos una llamada el martes a las 10 para hablar de {topic}?",
            "¿Tomamos un café la próxima semana? Me gustaría mostrarte lo que hacemos en {topic}.",
            "{name}, ¿tienes 30 minutos el jueves para una videollamada? Te mando invitación por Zoom.",
        ],
        ["offer"] =
        [
            "Hola {name}, ofrecemos consultoría en {topic} con descuento para startups. ¿Te interesa una propuesta?",
            "Te comparto una oportunidad: buscamos un/a líder de {topic}, remoto desde LATAM, rango salarial competitivo. ¿Te interesa?",
            "{name}, tenemos una herramienta de {topic} que podría ayudarle a tu equipo. Te ofrezco una demo gratuita.",
        ],
        ["decline"] =
        [
            "No, gracias {name}. Por ahora no estamos buscando eso.",
            "Muchas gracias por pensar en mí, pero no me interesa en este momento.",
            "Gracias, pero paso esta vez 🙏",
            "No gracias, ya tenemos proveedor para {topic}.",
        ],
        ["thanks"] =
        [
            "¡Muchas gracias {name}! 🙌",
            "Perfecto, gracias por la info.",
            "Dale, recibido. ¡Gracias!",
            "Genial, mil gracias por tu ayuda con {topic}.",
        ],
        ["other"] =
        [
            "Les comparto el artículo que escribí sobre {topic}: https://example.org/blog",
            "Felicitaciones a todo el equipo por el lanzamiento 🎉",
        ],
    };

    public static readonly IReadOnlyDictionary<string, string[]> English = new Dictionary<string, string[]>
    {
        ["greeting"] =
        [
            "Hi {name}, thanks for connecting! I saw you work on {topic} and would love to hear about it.",
            "Hey {name} 👋 great to connect.",
            "Hello {name}, nice meeting you at the {topic} meetup last week!",
        ],
        ["question"] =
        [
            "Hi {name}, could you tell me how your team handles {topic}?",
            "Quick question: do you know anyone who is good at {topic}?",
            "Are you still hiring for {topic}? I'd like to apply.",
            "Hey! What tools do you use for {topic}? We're comparing options and\nyour take would really help.",
        ],
        ["meeting-proposal"] =
        [
            "Hi {name}, would you be open to a quick call on Tuesday at 10am to talk about {topic}?",
            "Let's grab a coffee next week? I'd love to show you what we do in {topic}.",
            "{name}, do you have 30 minutes on Thursday for a video call? Happy to send a calendar invite.",
        ],
        ["offer"] =
        [
            "Hi {name}, we offer {topic} consulting with a startup discount. Interested in a proposal?",
            "Sharing an opportunity: we're hiring a {topic} lead, remote, competitive salary. Would you be interested?",
            "{name}, our {topic} tool could help your team. I'd be glad to offer you a free demo.",
        ],
        ["decline"] =
        [
            "No thanks {name}, not looking for that right now.",
            "Thanks for thinking of me, but I'm not interested at the moment.",
            "Appreciate it, but I'll pass this time 🙏",
            "Thanks, but we already have a vendor for {topic}.",
        ],
        ["thanks"] =
        [
            "Thanks a lot {name}! 🙌",
            "Perfect, thanks for the info.",
            "Got it, thank you!",
        ],
        ["other"] =
        [
            "Sharing the article I wrote about {topic}: https://example.org/blog",
            "Congrats to the whole team on the launch 🎉",
        ],
    };

    public static readonly string[] Topics =
    [
        "data engineering", "ventas B2B", "product design", "logística", "cloud security", "recruiting",
        "marketing digital", "machine learning", "fintech", "e-commerce", "UX research", "contabilidad",
    ];

    public static readonly string[] OpeningKinds = ["greeting", "greeting", "question", "question", "question", "meeting-proposal", "meeting-proposal", "offer", "offer", "other"];

    public static readonly string[] AnswerKinds = ["thanks", "thanks", "decline", "decline", "question", "meeting-proposal", "greeting"];
}
