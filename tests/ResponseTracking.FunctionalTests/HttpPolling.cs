using System.Net.Http.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

internal static class HttpPolling
{
    /// <summary>Polls a GET until it answers 2xx with a body that satisfies the condition.</summary>
    public static Task<T> GetWhen<T>(this HttpClient client, string path, Func<T, bool> condition) where T : class =>
        Eventually.Get(async () =>
        {
            var response = await client.GetAsync(path);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync<T>();
            return body is not null && condition(body) ? body : null;
        }, what: $"GET {path} reaching the expected state");
}
