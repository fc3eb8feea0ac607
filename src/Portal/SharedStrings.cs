// The assembly is named "Portal": the localizer finds Resources/SharedStrings*.resx under the project's root namespace.
[assembly: RootNamespace("NetworkingPlatform.Portal")]

namespace NetworkingPlatform.Portal;

/// <summary>The portal's visible texts: Resources/SharedStrings.resx (English) and SharedStrings.es.resx (Spanish).</summary>
public sealed class SharedStrings;
