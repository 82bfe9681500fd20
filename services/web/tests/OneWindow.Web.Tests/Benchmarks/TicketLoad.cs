using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using OneWindow.DemoDistrict;
using OneWindow.ServiceDefaults;
using OneWindow.Testing;
using OneWindow.Web.Tests.Journeys;

namespace OneWindow.Web.Tests.Benchmarks;

/// <summary>
/// The ticket load the front-hall benchmark measures under: the kiosks of Dinghai Road and Pingliang Road issuing
/// tickets through the gateway at a fixed rate, spread over the three kinds of window their clerks opened, while the
/// measured clerk works at Jiangpu Road. A fixed rate, not as fast as it goes, so the two measurements see the same
/// load; each kiosk is one demo account, so the rate stays inside the gateway's budget of 600 a minute per user.
/// </summary>
public sealed class TicketLoad : IAsyncDisposable
{
    private static readonly string[] Centres = ["dinghai", "pingliang"];
    private static readonly string[] Types = ["WINDOW_TYPE_COMPREHENSIVE", "WINDOW_TYPE_POLICY_CONSULTATION", "WINDOW_TYPE_PAYMENT"];

    private readonly List<HttpClient> _kiosks;
    private readonly ConcurrentBag<Task> _requests = [];
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly Task _issuing;
    private int _refused;

    private TicketLoad(List<HttpClient> kiosks, int perSecond)
    {
        _kiosks = kiosks;
        _issuing = IssueAsync(perSecond);
    }

    /// <summary>Opens a window of each kind in each load centre, then issues <paramref name="perSecond"/> tickets a second until disposed.</summary>
    public static async Task<TicketLoad> StartAsync(Uri stack, int perSecond)
    {
        var kiosks = new List<HttpClient>();
        foreach (var centre in Centres.Select(DemoDistrictGenerator.District.Centre))
        {
            var clerks = centre.Staff.Where(s => s.Roles.Contains(PlatformRoles.Clerk)).Take(Types.Length).ToList();
            for (var w = 0; w < clerks.Count; w++)
            {
                using var clerk = await DemoAccounts.ApiAsAsync(stack, clerks[w].StaffId);
                using var opened = await clerk.PostAsJsonAsync($"api/intake/v1/windows/{w + 1:00}:open", new { type = Types[w] });
                opened.EnsureSuccessStatusCode();
            }

            kiosks.Add(await DemoAccounts.ApiAsAsync(stack, centre.Staff.First(s => s.Roles.Contains(PlatformRoles.Device)).StaffId));
        }

        return new TicketLoad(kiosks, perSecond);
    }

    /// <summary>What the load was: the rate reached, the tickets refused, and the issue latency it saw.</summary>
    public string Describe() =>
        _latencies.IsEmpty
            ? "no ticket issued"
            : $"{_latencies.Count} tickets in {_elapsed.Elapsed.TotalSeconds:0} s ({_latencies.Count / _elapsed.Elapsed.TotalSeconds:0.0}/s), {_refused} refused; " +
              $"issue p50 {Percentiles.Of([.. _latencies], 0.50):0} ms, p95 {Percentiles.Of([.. _latencies], 0.95):0} ms, p99 {Percentiles.Of([.. _latencies], 0.99):0} ms";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _issuing;
        await Task.WhenAll(_requests);
        _elapsed.Stop();
        foreach (var kiosk in _kiosks)
        {
            kiosk.Dispose();
        }

        _stop.Dispose();
    }

    private async Task IssueAsync(int perSecond)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / perSecond));
        var issued = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var n = issued++;
                _requests.Add(IssueOneAsync(_kiosks[n % _kiosks.Count], Types[n / _kiosks.Count % Types.Length]));
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the load ends; the requests under way are awaited by DisposeAsync.
        }
    }

    private async Task IssueOneAsync(HttpClient kiosk, string type)
    {
        var watch = Stopwatch.StartNew();
        using var response = await kiosk.PostAsJsonAsync("api/intake/v1/tickets", new { windowType = type, priority = false });
        if (response.IsSuccessStatusCode)
        {
            _latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
        else
        {
            Interlocked.Increment(ref _refused);
        }
    }
}
