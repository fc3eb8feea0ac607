using Microsoft.AspNetCore.Mvc;

namespace NetworkingPlatform.ServiceDefaults.Paging;

/// <summary>A list's <c>page</c> and <c>pageSize</c> query values, bound with <c>[AsParameters]</c>.</summary>
public sealed class PageQuery
{
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    public RequestedPage Resolve(IDictionary<string, string[]> errors, int defaultSize, int maxSize = RequestedPage.DefaultMaxSize) =>
        RequestedPage.Resolve(Page, PageSize, limit: null, errors, defaultSize, maxSize);
}
