using System.Collections.Frozen;
using System.Net;
using System.Text.Json;
using OneWindow.Tenancy;
using Yarp.ReverseProxy;

namespace OneWindow.Gateway.Centres;

/// <summary>
/// The gateway's view of the district's register of centres (docs/adr/0028), read from intake's public list at the
/// intake cluster's address. A request for a centre not in it is refused at the edge. The list is read again when it is
/// older than <see cref="Fresh"/>, and on a code it does not hold, at most once in <see cref="MissPause"/>: a centre
/// registered a moment ago works within seconds, and neither unknown codes nor an intake outage drive a read per request.
/// While intake cannot be read (and before it first could), the gateway lets the request through: every service checks
/// the centre again against its own copy, and an intake outage must not close the whole district's edge.
/// </summary>
internal sealed partial class RegisteredCentres(IHttpClientFactory clients, IProxyStateLookup proxy, TimeProvider clock, ILogger<RegisteredCentres> logger) : ICentreDirectory
{
    public const string ClientName = "centre-register";

    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MissPause = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private FrozenSet<string>? _open;
    private DateTimeOffset _readAt;
    private bool _tried;

    public async ValueTask<bool> IsOpenAsync(string centreCode, CancellationToken cancellationToken)
    {
        if (_open is { } open && open.Contains(centreCode) && clock.GetUtcNow() - _readAt < Fresh)
        {
            return true;
        }

        await ReadAsync(cancellationToken);
        return _open?.Contains(centreCode) ?? true;
    }

    /// <summary>Reads the list unless it was tried less than <see cref="MissPause"/> ago; callers meanwhile wait for the one read.</summary>
    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (_tried && clock.GetUtcNow() - _readAt < MissPause)
            {
                return;
            }

            (_tried, _readAt) = (true, clock.GetUtcNow());
            if (!proxy.TryGetCluster("intake", out var cluster) || cluster.Destinations.Values.FirstOrDefault() is not { } destination)
            {
                return;
            }

            using var response = await clients.CreateClient(ClientName).GetAsync(new Uri(new Uri(destination.Model.Config.Address), "/v1/centres"), cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                LogUnreadable(logger, $"intake answered {(int)response.StatusCode}");
                return;
            }

            using var list = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            _open = list.RootElement.GetProperty("centres").EnumerateArray()
                .Where(c => c.TryGetProperty("open", out var open) && open.GetBoolean())
                .Select(c => c.GetProperty("code").GetString()!)
                .ToFrozenSet(StringComparer.Ordinal);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            LogUnreadable(logger, failure.Message);
        }
        finally
        {
            _reading.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The register of centres could not be read from intake ({Reason}); the gateway goes by what it last read and the services check each centre themselves")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
