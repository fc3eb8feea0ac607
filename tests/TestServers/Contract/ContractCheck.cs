namespace NetworkingPlatform.TestServers.Contract;

/// <summary>
/// Checks every answer a test receives against the committed OpenAPI documents (<see cref="OpenApiContract"/>) and
/// fails the request, and with it the test, on an undocumented status or a body its schema refuses. Put it in front of
/// every client a suite uses to reach the Gateway, so that the contract is checked by everything the suites do.
/// </summary>
public sealed class ContractCheck(HttpMessageHandler inner, OpenApiContract? contract = null, string? survey = null) : DelegatingHandler(inner)
{
    /// <summary>
    /// Names a file for the suites' clients (<see cref="Client"/>) to list every mismatch in instead of failing at the
    /// first: for surveying a whole suite's mismatches in one run while fixing the documents. Never set in CI.
    /// </summary>
    public const string SurveySetting = "NP_CONTRACT_SURVEY";

    private static readonly Lock SurveyLock = new();
    private readonly OpenApiContract contract = contract ?? OpenApiContract.Committed;

    /// <summary>A client of <paramref name="address"/> whose every answer is checked, with its own cookies and no redirects followed.</summary>
    public static HttpClient Client(Uri address, bool useCookies = true) =>
        new(new ContractCheck(new SocketsHttpHandler { UseCookies = useCookies, AllowAutoRedirect = false }, survey: Environment.GetEnvironmentVariable(SurveySetting)),
            disposeHandler: true)
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(100),
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        string? body = null;
        // Only JSON is read here (and buffered for the test); a stream such as text/event-stream stays unread.
        if (mediaType is not null && (mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal)))
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }

        var path = (response.RequestMessage?.RequestUri ?? request.RequestUri)!.AbsolutePath;
        var violations = contract.Check(request.Method.Method, path, (int)response.StatusCode, mediaType, body);
        if (violations.Count > 0 && survey is { Length: > 0 })
        {
            lock (SurveyLock)
            {
                File.AppendAllLines(survey, violations);
            }
        }
        else if (violations.Count > 0)
        {
            response.Dispose();
            throw new ContractViolationException(string.Join("\n", violations));
        }

        return response;
    }
}
