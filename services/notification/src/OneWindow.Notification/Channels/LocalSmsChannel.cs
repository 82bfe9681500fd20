using System.Globalization;
using Microsoft.Extensions.Options;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;

namespace OneWindow.Notification.Channels;

/// <summary>
/// The development adapter: each message becomes one line of <c>sms-yyyyMMdd.log</c> in the configured folder
/// (and a log line), the number masked as everywhere in logs. A file named <c>fail</c> in that folder makes it
/// behave like a failing provider, so an operator can watch retries, a final failure and a resend on the run
/// stack: <c>503</c> (or any 5xx) and <c>timeout</c> fail transiently, <c>400</c> refuses the message for good.
/// </summary>
internal sealed partial class LocalSmsChannel(IOptions<NotificationOptions> options, TimeProvider clock, ILogger<LocalSmsChannel> logger) : ISmsChannel
{
    private static readonly SemaphoreSlim FileLock = new(1, 1);

    public async Task<SmsResult> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.Sms.Local.Folder);
        Directory.CreateDirectory(folder);
        var fault = Path.Combine(folder, "fail");
        if (File.Exists(fault))
        {
            var mode = (await File.ReadAllTextAsync(fault, cancellationToken)).Trim();
            LogFailing(logger, mode, message.Reference);
            return mode switch
            {
                "timeout" => new SmsResult.Transient("the provider did not answer in time (local fault switch)"),
                ['4', _, _] => new SmsResult.Permanent($"the provider refused the message: {mode} (local fault switch)"),
                _ => new SmsResult.Transient($"the provider answered {(mode.Length == 0 ? "503" : mode)} (local fault switch)"),
            };
        }

        var now = ChinaTime.ToChina(clock.GetUtcNow());
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{now:yyyy-MM-dd'T'HH:mm:sszzz}\t{Masking.Phone(message.Phone)}\t{message.Reference}\t{message.Text.ReplaceLineEndings(" ")}{Environment.NewLine}");
        await FileLock.WaitAsync(cancellationToken);
        try
        {
            await File.AppendAllTextAsync(Path.Combine(folder, $"sms-{now:yyyyMMdd}.log"), line, cancellationToken);
        }
        finally
        {
            FileLock.Release();
        }

        LogSent(logger, message.Phone, message.Reference, message.Text.Length);
        return new SmsResult.Accepted($"local-{message.Reference:N}", Delivered: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {Phone} ({Reference}, {Length} characters) written by the local adapter")]
    private static partial void LogSent(ILogger logger, [PersonalData] string phone, Guid reference, int length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The local SMS adapter's fault switch says '{Mode}'; delivery {Reference} not sent")]
    private static partial void LogFailing(ILogger logger, string mode, Guid reference);
}
