namespace NetworkingPlatform.ServiceDefaults.Paging;

/// <summary>
/// The page of a list a caller asked for, by the one paging convention (README, API): <c>page</c> from 1 and
/// <c>pageSize</c> from 1 to the list's maximum. A list's earlier name for the page size (<c>limit</c>) is still taken for
/// one release and is documented as deprecated.
/// </summary>
public readonly record struct RequestedPage(int Number, int Size)
{
    public const int DefaultMaxSize = 200;

    public int Skip => (Number - 1) * Size;

    public static RequestedPage Resolve(
        int? page, int? pageSize, int? limit, IDictionary<string, string[]> errors, int defaultSize, int maxSize = DefaultMaxSize)
    {
        var (sizeField, size) = pageSize is not null ? ("pageSize", pageSize.Value) : ("limit", limit ?? defaultSize);
        if (pageSize is not null && limit is not null && pageSize != limit)
        {
            errors["limit"] = ["Give the page size once: pageSize, or limit as before."];
        }

        if (size < 1 || size > maxSize)
        {
            errors[sizeField] = [$"Between 1 and {maxSize}."];
            return new RequestedPage(1, defaultSize);
        }

        var number = page ?? 1;
        if (number < 1 || (long)(number - 1) * size > int.MaxValue)
        {
            errors["page"] = ["The page starts at 1 and cannot lie beyond the largest list."];
            return new RequestedPage(1, size);
        }

        return new RequestedPage(number, size);
    }
}
