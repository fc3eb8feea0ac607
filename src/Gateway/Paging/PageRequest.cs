using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.Paging;

/// <summary>The README's list convention: <c>page</c> from 1, <c>pageSize</c> from 1 to 200.</summary>
public static class PageRequest
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static RequestErrors Check(int page, int pageSize) => new RequestErrors()
        .Check(page >= 1, "page", "The page starts at 1.")
        .Check(pageSize is >= 1 and <= MaxPageSize, "pageSize", $"The page size is between 1 and {MaxPageSize}.");
}
