using System.Globalization;
using Grpc.Core;
using OneWindow.Audit.V1;

namespace OneWindow.Web.Components.Audit;

/// <summary>
/// The platform's audit trail read as one. Every service keeps and serves its own (protos/audit/v1); this asks each
/// for a page under the same search and merges their answers by time, taking from each service only the newest of
/// what it holds (so each service's next page starts right after what was shown) and keeping the rest for the next
/// page. A record is shown once, in its place. A service that cannot answer is named, and the others are still read;
/// a refusal (a search that does not parse, a caller who may not read) is the caller's to show.
/// </summary>
public sealed class WholeAuditTrail(AuditTrail.AuditTrailClient client)
{
    /// <summary>The services that keep a trail, by their names behind the gateway.</summary>
    public static IReadOnlyList<string> Services { get; } = ["intake", "review", "policy-law", "social-work", "hr-payroll", "notification", "identity"];

    private List<Source> _sources = [];
    private SearchAuditRequest _search = new();
    private CallOptions _options;

    /// <summary>Starts a new search: the next page is its first.</summary>
    public void Start(SearchAuditRequest search, CallOptions options)
    {
        _search = search;
        _options = options;
        _sources = [.. Services.Select(service => new Source(service))];
    }

    public async Task<AuditPage> NextPageAsync(int size)
    {
        // Side by side: a page waits for the slowest service, not for the seven one after another.
        await Task.WhenAll(_sources.Where(s => s.More && s.Waiting.Count < size).Select(s => s.FetchAsync(client, _search, size, _options)));

        var lines = new List<AuditLine>(size);
        while (lines.Count < size && _sources.Where(s => s.Waiting.Count > 0).MaxBy(s => s.Waiting.Peek().At) is { } newest)
        {
            lines.Add(newest.Waiting.Dequeue());
        }

        return new AuditPage(
            lines,
            _sources.Any(s => s.Waiting.Count > 0 || s.More),
            [.. _sources.Where(s => s.Unavailable).Select(s => s.Service)]);
    }

    private sealed class Source(string service)
    {
        public string Service { get; } = service;

        /// <summary>Read from the service and not shown yet, the newest first.</summary>
        public Queue<AuditLine> Waiting { get; } = new();

        public bool More { get; private set; } = true;

        public bool Unavailable { get; private set; }

        private long _oldestId;

        public async Task FetchAsync(AuditTrail.AuditTrailClient client, SearchAuditRequest search, int size, CallOptions options)
        {
            var request = search.Clone();
            request.PageSize = size;
            request.BeforeId = _oldestId;
            try
            {
                var reply = await client.WithHost(Service).SearchAuditAsync(request, options);
                foreach (var record in reply.Records)
                {
                    Waiting.Enqueue(new AuditLine(Service, record, DateTimeOffset.Parse(record.At, CultureInfo.InvariantCulture)));
                    _oldestId = record.Id;
                }

                More = reply.More;
            }
            catch (RpcException failure) when (failure.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown)
            {
                // Named on the page for the rest of this search; asking again on every page would only slow it.
                More = false;
                Unavailable = true;
            }
        }
    }
}
