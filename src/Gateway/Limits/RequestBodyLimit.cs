using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NetworkingPlatform.Gateway.Limits;

public static class RequestBodyLimit
{
    public const string Setting = "Limits:MaxRequestBodyBytes";
    public const long Default = 32L * 1024 * 1024;

    /// <summary>The largest body any route takes unless it allows more (<see cref="Proxy.RouteBodyLimit"/>): 32 MB by default.</summary>
    public static IHostApplicationBuilder AddRequestBodyLimit(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue<long?>(Setting) ?? Default);
        return builder;
    }
}
