using Microsoft.AspNetCore.Mvc;

namespace NetworkingPlatform.ServiceDefaults.Paging;

/// <summary>
/// A list's paging query values where the list still takes <c>limit</c>, the page size's earlier name (documented as
/// deprecated with <c>WithDeprecatedParameters</c>); lists that never took it bind <see cref="PageQuery"/>.
/// </summary>
public sealed class PageQueryWithLimit
{
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    /// <param name="clampLimit">A list that clamped <c>limit</c> into range rather than refusing it still does, for the clients written against it.</param>
    public RequestedPage Resolve(IDictionary<string, string[]> errors, int defaultSize, int maxSize = RequestedPage.DefaultMaxSize, bool clampLimit = false)
    {
        var limit = clampLimit && PageSize is null && Limit is { } given ? Math.Clamp(given, 1, maxSize) : Limit;
        return RequestedPage.Resolve(Page, PageSize, limit, errors, defaultSize, maxSize);
    }
}
