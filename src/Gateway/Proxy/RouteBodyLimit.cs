using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Model;

namespace NetworkingPlatform.Gateway.Proxy;

/// <summary>
/// A route may allow larger bodies than the server's default (LinkedIn exports run to hundreds of megabytes) through
/// its "MaxRequestBodyBytes" metadata; every other route keeps the default limit.
/// </summary>
public static class RouteBodyLimit
{
    public const string MetadataKey = "MaxRequestBodyBytes";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var route = context.GetReverseProxyFeature().Route.Config;
        if (route.Metadata?.GetValueOrDefault(MetadataKey) is { } text
            && long.TryParse(text, out var limit)
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next();
    }
}
