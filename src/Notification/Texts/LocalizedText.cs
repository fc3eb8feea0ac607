namespace NetworkingPlatform.Notification.Texts;

/// <summary>A text in the two languages of the audience.</summary>
public sealed record LocalizedText(string Es, string En)
{
    public string In(string language) => language == "en" ? En : Es;
}
