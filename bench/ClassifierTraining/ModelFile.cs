using NetworkingPlatform.Ingestion.Classification;

namespace NetworkingPlatform.ClassifierTraining;

/// <summary>Trains the classifier's model from the tuning set only and writes it where the Ingestion service embeds it.</summary>
public static class ModelFile
{
    public static int Regenerate()
    {
        var tuning = LabelledMessages.Read(RepositoryFiles.TuningSet);
        var context = LearnedKindTraining.Context();
        var model = LearnedKindTraining.Train(context, tuning);
        using (var file = File.Create(RepositoryFiles.Model))
        {
            LearnedKindTraining.Save(context, model, file);
        }

        Console.WriteLine($"Trained on {tuning.Count} tuning messages; wrote {RepositoryFiles.Model}. Rebuild Ingestion to embed it.");
        return 0;
    }
}
