using NetworkingPlatform.Contracts;
using NetworkingPlatform.Ingestion.Classification;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.Tests;

public class LearnedKindModelTests
{
    private const float SameProbability = 1e-4f;

    [Fact]
    public void The_committed_model_is_what_the_tuning_set_trains()
    {
        var tuning = LabelledMessages.Read(RepositoryPaths.Seed("classification", "tuning.csv"));
        var heldOut = LabelledMessages.Read(RepositoryPaths.Seed("classification", "held-out.csv"));
        var context = LearnedKindTraining.Context();
        var retrained = context.Model.CreatePredictionEngine<KindModelInput, KindModelOutput>(LearnedKindTraining.Train(context, tuning));

        Assert.All(tuning.Concat(heldOut), row =>
        {
            var text = MessageClassifier.Normalize(null, row.Text);
            var expected = retrained.Predict(new KindModelInput { Text = text });
            var committed = LearnedKindModel.Predict(text);

            Assert.Equal(expected.Kind, committed.Kind);
            Assert.InRange(committed.Probability, expected.Score.Max() - SameProbability, expected.Score.Max() + SameProbability);
        });
    }

    [Theory]
    [InlineData("¿Tenés 20 min mañana para una llamada rápida?", MessageKind.MeetingProposal)]
    [InlineData("Thanks so much, really appreciate it!", MessageKind.Thanks)]
    public void The_committed_model_loads_and_classifies(string body, string kind)
    {
        var learned = LearnedKindModel.Predict(MessageClassifier.Normalize(null, body));

        Assert.Equal(kind, learned.Kind);
        Assert.InRange(learned.Probability, 0f, 1f);
    }
}
