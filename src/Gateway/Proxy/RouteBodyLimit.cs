using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Yarp.ReverseProxy.Model;

namespace NetworkingPlatform.Gateway.Proxy;

/// <summary>
/// A route may allow larger bodies than the server's default (LinkedIn exports run to hundreds of megabytes) through
/// its "MaxRequestBodyBytes" metadata; every other route keeps the default limit. A body announced larger than its
/// route's limit is refused with 413 problem details before any of it is read; one that only turns out larger is cut
/// off by the server.
/// </summary>
public static class RouteBodyLimit
{
    public const string MetadataKey = "MaxRequestBodyBytes";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var route = context.GetReverseProxyFeature().Route.Config;
        var limit = route.Metadata?.GetValueOrDefault(MetadataKey) is { } text && long.TryParse(text, out var routeLimit)
            ? routeLimit
            : context.RequestServices.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (limit is { } max && context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"This endpoint takes bodies of at most {max} bytes; this one announced {context.Request.ContentLength}.",
                },
            }).AsTask();
        }

        return next();
    }
}
