using Marten.Pagination;
using NetworkingPlatform.ServiceDefaults.Paging;

namespace NetworkingPlatform.ServiceDefaults.Storage;

public static class PagedListExtensions
{
    /// <summary>A page Marten read, as the API answers it: each stored item shown through <paramref name="view"/>.</summary>
    public static ListPage<T> ToListPage<TStored, T>(this IPagedList<TStored> stored, Func<TStored, T> view) =>
        new([.. stored.Select(view)], (int)stored.PageNumber, (int)stored.PageSize, stored.TotalItemCount);
}
