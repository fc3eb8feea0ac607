using NetworkingPlatform.Contracts;
using NetworkingPlatform.Ingestion.Classification;

namespace NetworkingPlatform.Ingestion.Tests;

public class MessageClassifierTests
{
    [Theory]
    [InlineData("No, gracias. Por ahora no me interesa.", MessageKind.Decline, false)]
    [InlineData("Thanks, but I'm not interested.", MessageKind.Decline, false)]
    [InlineData("No, gracias 🙏", MessageKind.Decline, false)]
    [InlineData("No llegó el archivo, ¿me lo reenvías?", MessageKind.Question, true)]
    [InlineData("Hola Luis, ¿podemos agendar una llamada esta semana?", MessageKind.MeetingProposal, true)]
    [InlineData("Are you free for a quick call on Tuesday?", MessageKind.MeetingProposal, true)]
    [InlineData("Te ofrezco un descuento en nuestros servicios de consultoría", MessageKind.Offer, true)]
    [InlineData("¿Cuál es tu experiencia con Kubernetes?", MessageKind.Question, true)]
    [InlineData("What stack does your team use", MessageKind.Question, true)]
    [InlineData("¡Muchas gracias por la recomendación! 🙌", MessageKind.Thanks, false)]
    [InlineData("Hola Ana, mucho gusto", MessageKind.Greeting, true)]
    [InlineData("Comparto el informe trimestral.", MessageKind.Other, false)]
    // Issue 16's misses on the fictional export.
    [InlineData("Perfecto, gracias. Ahí nos vemos.", MessageKind.Thanks, false)]
    [InlineData("Hi Valentina, we use an in-house flow for that, nothing off the shelf.", MessageKind.Other, false)]
    [InlineData("Hola Valentina, gracias por aceptar mi invitación 😊", MessageKind.Greeting, true)]
    [InlineData("Attached are the notes from today's session", MessageKind.Other, false)]
    [InlineData("Meeting moved to Thursday 10am, same link", MessageKind.Other, false)]
    [InlineData("nel, gracias, ahorita no", MessageKind.Decline, false)]
    [InlineData("¿comemos el viernes?", MessageKind.MeetingProposal, true)]
    [InlineData("Our agency has capacity next quarter if you need a hand", MessageKind.Offer, true)]
    [InlineData("Let's find 15 minutes to connect on this before the end of the month.", MessageKind.MeetingProposal, true)]
    public void Classifies_spanish_and_english_messages(string body, string kind, bool needsReply)
    {
        var classification = MessageClassifier.Classify(null, body);

        Assert.Equal(kind, classification.Kind);
        Assert.Equal(needsReply, classification.NeedsReply);
    }

    [Fact]
    public void Folding_removes_accents_and_case()
    {
        Assert.Equal("reunion rapida", MessageClassifier.Fold("Reunión RÁPIDA"));
    }
}
