namespace NetworkingPlatform.ServiceDefaults.Paging;

/// <summary>One page of a list, with the list's total: <c>{"items":[…],"page":1,"pageSize":50,"total":123}</c>.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
