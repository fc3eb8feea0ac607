using NetworkingPlatform.ClassifierTraining;

// train: regenerate src/Ingestion/Classification/message-kind-model.zip from seeds/classification/tuning.csv.
// speed: how many messages a second one thread classifies (rules and model together), over the labelled texts.
return args.FirstOrDefault() switch
{
    null or "train" => ModelFile.Regenerate(),
    "speed" => ClassificationSpeed.Measure(TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1]) : 10)),
    var other => Usage(other),
};

static int Usage(string command)
{
    Console.Error.WriteLine($"Unknown command '{command}'. Usage: ClassifierTraining [train | speed [seconds]]");
    return 2;
}
