using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NetworkingPlatform.Ingestion.Classification;

/// <summary>
/// Tells the kind of a message from its text, in Spanish and English. Text is folded (lower case, no accents)
/// before matching, so "¿Podrías?" and "podrias?" read alike. A decline wins over everything: "no, gracias"
/// is an answer even when it is polite.
/// </summary>
public static partial class MessageClassifier
{
    public static Classification Classify(string? subject, string body)
    {
        var text = Fold($"{subject} {body}");
        var kind = KindOf(text);
        return new Classification(kind, MessageKind.NeedsReply(kind));
    }

    private static string KindOf(string text)
    {
        if (Decline().IsMatch(text)) return MessageKind.Decline;
        if (Meeting().IsMatch(text)) return MessageKind.MeetingProposal;
        if (Offer().IsMatch(text)) return MessageKind.Offer;
        if (text.Contains('?') || QuestionOpening().IsMatch(text)) return MessageKind.Question;
        if (Thanks().IsMatch(text)) return MessageKind.Thanks;
        if (Greeting().IsMatch(text)) return MessageKind.Greeting;
        return MessageKind.Other;
    }

    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(character);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\b(no,? (muchas )?gracias|no me interesa|no estoy interesad[oa]|no,? thanks?|no thank you|not interested|no,? gracias|paso,? gracias|i'?ll pass|i will pass|not at this time|no por ahora|ahora no,? gracias|not for me|no es para mi)\b")]
    private static partial Regex Decline();

    [GeneratedRegex(@"\b(agend(ar|emos|amos)|reunion|reunirnos|llamada|videollamada|cafe|coffee|meet(ing)?|call|zoom|teams|calendly|schedule|quick chat|catch up|nos vemos|te parece (el|este|si)|are you free|estas disponible|esta disponible|disponibilidad|availability|15 min|30 min)\b")]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(te ofrezco|le ofrezco|les ofrezco|ofrecemos|ofrezco|propuesta comercial|cotizacion|descuento|promocion|we offer|i offer|i'?d like to offer|offering|discount|free trial|prueba gratis|vacante|oportunidad laboral|job opportunity|position|puesto|servicios de|our services|nuestros servicios)\b")]
    private static partial Regex Offer();

    [GeneratedRegex(@"^\s*(que|como|cuando|donde|cual|cuanto|quien|por que|podrias|puedes|podria|sabes|tienes|what|how|when|where|which|who|why|could you|can you|would you|do you|are you|is there)\b")]
    private static partial Regex QuestionOpening();

    [GeneratedRegex(@"\b(gracias|muchas gracias|mil gracias|te agradezco|thanks|thank you|thx|ty|ok|okay|vale|perfecto|de acuerdo|entendido|got it|great|genial|listo)\b")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"\b(hola|buen(os|as)? (dias|tardes|noches)|saludos|que tal|hi|hello|hey|good (morning|afternoon|evening)|greetings|mucho gusto|encantad[oa] de conectar|nice to connect|pleased to connect)\b")]
    private static partial Regex Greeting();
}
