namespace NetworkingPlatform.TestServers;

/// <summary>Polls a condition with a timeout: the way tests wait for asynchronous work, never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> attempt, TimeSpan? timeout = null, string? what = null) where T : class
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (await attempt() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what ?? "The condition"} did not hold within {limit}.");
            }

            await Task.Delay(50);
        }
    }
}
