namespace NetworkingPlatform.ServiceDefaults.Identity;

/// <summary>Endpoint metadata: the operation changes the tenant as a whole and needs the <c>admin</c> scope.</summary>
public sealed class AdminOperation
{
    public static readonly AdminOperation Instance = new();

    private AdminOperation()
    {
    }
}
