namespace NetworkingPlatform.Ingestion.People;

/// <summary>People who joined the directory or whose details changed, in the transaction that learned it; published as PeopleNamed.</summary>
public sealed record PeopleDirectoryChanged(IReadOnlyList<Person> People);
