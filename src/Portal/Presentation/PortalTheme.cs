using MudBlazor;

namespace NetworkingPlatform.Portal.Presentation;

/// <summary>
/// MudBlazor's palette with the status colours darkened until white text on them (badges, chips, filled buttons) and
/// them as text on white reach WCAG AA's 4.5:1.
/// </summary>
public static class PortalTheme
{
    public static readonly MudTheme Accessible = new()
    {
        PaletteLight = new PaletteLight
        {
            Error = "#C62828",
            Warning = "#A84300",
            Info = "#1565C0",
            Success = "#2E7D32",
        },
    };
}
