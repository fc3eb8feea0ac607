using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>
/// Bodies larger than the limit (the server's, or a route's own) are refused with 413 problem details before any of
/// them is read when the client announces its length; a body that only turns out too large is cut off by the server.
/// </summary>
public static class RequestBodyLimit
{
    public static IHostApplicationBuilder AddRequestBodyLimit(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? 32L * 1024 * 1024);
        return builder;
    }

    public static Task RefuseAnnouncedOversize(HttpContext context, Func<Task> next)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.Headers.Connection = "close";
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
