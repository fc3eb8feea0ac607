namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>
/// A page of a list, by the README's convention: <c>page</c> from 1 and <c>pageSize</c> from 1 to 200. <c>limit</c>,
/// the size's name before the convention, is still taken for the clients that send it.
/// </summary>
public readonly record struct ListPage(int Number, int Size)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    public int Skip => (Number - 1) * Size;

    public static ListPage Resolve(int? page, int? pageSize, int? limit, IDictionary<string, string[]> errors)
    {
        var (sizeField, size) = pageSize is not null ? ("pageSize", pageSize.Value) : ("limit", limit ?? DefaultSize);
        if (pageSize is not null && limit is not null && pageSize != limit)
        {
            errors["limit"] = ["Give the page size once: pageSize, or limit as before."];
        }

        if (size is < 1 or > MaxSize)
        {
            errors[sizeField] = [$"Between 1 and {MaxSize}."];
            return new ListPage(1, DefaultSize);
        }

        var number = page ?? 1;
        if (number < 1 || (long)(number - 1) * size > int.MaxValue)
        {
            errors["page"] = ["The page starts at 1 and cannot lie beyond the largest list."];
            return new ListPage(1, size);
        }

        return new ListPage(number, size);
    }
}
