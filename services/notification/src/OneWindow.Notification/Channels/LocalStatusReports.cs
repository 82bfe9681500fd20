using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace OneWindow.Notification.Channels;

/// <summary>
/// The local provider's status reports, pushed as Tencent pushes them: a second after a message is taken (a carrier's
/// report never comes sooner, and our own record of sending must be there to be found), whatever has accumulated goes
/// in one POST of a JSON array to <c>Local:CallbackUrl</c>; an answer other than <c>{"result":0}</c> is tried again a
/// few times, then given up with a warning (the delivery stays sent).
/// </summary>
public sealed partial class LocalStatusReports(IHttpClientFactory clients, IOptions<NotificationOptions> options, ILogger<LocalStatusReports> logger) : BackgroundService
{
    public const string Client = "local-sms-status-reports";

    private const int Attempts = 5;

    private static readonly TimeSpan Lag = TimeSpan.FromSeconds(1);

    private readonly Channel<TencentSms.StatusReport> _pending = Channel.CreateUnbounded<TencentSms.StatusReport>();

    /// <summary>A message that reached the phone (the local provider's are all received at once).</summary>
    public void Delivered(string serialNo, string phone, DateTimeOffset chinaTime)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.Sms.Local.CallbackUrl))
        {
            _pending.Writer.TryWrite(new TencentSms.StatusReport(
                chinaTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), "86", phone, "SUCCESS", "DELIVRD", "用户短信送达成功", serialNo));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var http = clients.CreateClient(Client);
        while (await _pending.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(Lag, stoppingToken);
            var batch = new List<TencentSms.StatusReport>();
            while (batch.Count < 100 && _pending.Reader.TryRead(out var report))
            {
                batch.Add(report);
            }

            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                try
                {
                    using var response = await http.PostAsJsonAsync(options.Value.Sms.Local.CallbackUrl, batch, TencentSms.Json, stoppingToken);
                    var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<TencentSms.CallbackAnswer>(TencentSms.Json, stoppingToken) : null;
                    if (answer?.Result == 0)
                    {
                        break;
                    }

                    LogNotTaken(logger, batch.Count, (int)response.StatusCode, attempt);
                }
                catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException)
                {
                    LogNotTaken(logger, batch.Count, 0, attempt);
                }

                await Task.Delay(TimeSpan.FromSeconds(attempt), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} status reports not taken by the callback (HTTP {Status}, attempt {Attempt})")]
    private static partial void LogNotTaken(ILogger logger, int count, int status, int attempt);
}
