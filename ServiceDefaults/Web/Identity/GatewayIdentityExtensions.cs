using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;

namespace NetworkingPlatform.ServiceDefaults.Identity;

public static class GatewayIdentityExtensions
{
    /// <summary>
    /// A service accepts only requests that carry the identity signed by the Gateway (a short-lived JWT in the
    /// Authorization header): without it, or with a forged or expired one, it answers 401 with problem details.
    /// Every endpoint requires a tenant and the scope its method needs (read, write, or admin for admin operations)
    /// unless it opts out.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayIdentity(this IHostApplicationBuilder builder)
    {
        var signingKey = SigningKey(builder.Configuration);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new RememberingTokenHandler());
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = PlatformIdentity.Issuer,
                    ValidAudience = PlatformIdentity.Audience,
                    IssuerSigningKey = signingKey,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(10),
                    NameClaimType = PlatformIdentity.SubjectClaim,
                };
                options.Events = new JwtBearerEvents
                {
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        await problems.WriteAsync(new ProblemDetailsContext
                        {
                            HttpContext = context.HttpContext,
                            ProblemDetails =
                            {
                                Status = StatusCodes.Status401Unauthorized,
                                Title = "Unauthorized",
                                Detail = "Services are reached through the Gateway only: the request carries no valid Gateway identity.",
                            },
                        });
                    },
                    OnForbidden = context => ForbiddenProblem.Write(context.HttpContext),
                };
            });
        builder.Services.AddTenantScopedAuthorization(JwtBearerDefaults.AuthenticationScheme);
        return builder;
    }

    public static SymmetricSecurityKey SigningKey(IConfiguration configuration)
    {
        var key = configuration[PlatformIdentity.SigningKeySetting];
        if (string.IsNullOrWhiteSpace(key) || key.Length < PlatformIdentity.MinimumSigningKeyLength)
        {
            throw new InvalidOperationException(
                $"'{PlatformIdentity.SigningKeySetting}' must be set to a secret of at least {PlatformIdentity.MinimumSigningKeyLength} characters.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
    }
}
