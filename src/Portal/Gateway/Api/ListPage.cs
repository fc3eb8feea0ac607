namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>One page of any list, by the one paging convention (README, API), with the list's total.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total)
{
    public int Pages => (int)Math.Ceiling(Total / (double)PageSize);
}
