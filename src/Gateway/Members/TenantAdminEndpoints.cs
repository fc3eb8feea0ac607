using NetworkingPlatform.Gateway.ApiKeys.Creating;
using NetworkingPlatform.Gateway.ApiKeys.Listing;
using NetworkingPlatform.Gateway.ApiKeys.Revoking;
using NetworkingPlatform.Gateway.Audit.Listing;
using NetworkingPlatform.Gateway.Invitations.Inviting;
using NetworkingPlatform.Gateway.Invitations.Listing;
using NetworkingPlatform.Gateway.Members.Listing;
using NetworkingPlatform.Gateway.Members.Removing;

namespace NetworkingPlatform.Gateway.Members;

public static class TenantAdminEndpoints
{
    /// <summary>The tenant's administration: an admin account's session or an API key with the admin scope.</summary>
    public static IEndpointRouteBuilder MapTenantAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/tenant")
            .RequireAdminScope()
            .MapListMembers()
            .MapRemoveMember()
            .MapInviteMember()
            .MapListInvitations()
            .MapListApiKeys()
            .MapCreateApiKey()
            .MapRevokeApiKey();
        endpoints.MapListAudit();
        return endpoints;
    }
}
