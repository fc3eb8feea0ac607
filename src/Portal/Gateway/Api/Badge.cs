namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record Badge(string En, string Es)
{
    public string In(string language) => language == "en" ? En : Es;
}
