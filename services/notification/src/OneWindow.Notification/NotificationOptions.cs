using OneWindow.Notification.Domain.Deliveries;

namespace OneWindow.Notification;

/// <summary>The <c>Notification</c> configuration section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notification";

    public SmsOptions Sms { get; set; } = new();

    public RetryOptions Retry { get; set; } = new();

    /// <summary>No SMS in this span, China time ("21:00-08:00"); equal ends ("00:00-00:00") switch it off.</summary>
    public string QuietHours { get; set; } = "21:00-08:00";

    /// <summary>At most this many text messages to one resident per <see cref="RateWindow"/>; more wait for the next window.</summary>
    public int RateLimit { get; set; } = 5;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the sender looks for deliveries that are due (retries, held texts); new ones wake it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries one sender pass takes per centre.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Letters one printed batch takes at most (oldest first); the rest wait for the next batch.</summary>
    public int LetterBatchSize { get; set; } = 200;

    /// <summary>Deliveries sent at once (the provider's calls overlap; each delivery's own steps stay in order).</summary>
    public int SendConcurrency { get; set; } = 8;

    /// <summary>A claimed delivery is free again after this (its sender crashed mid-way).</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Working days a grid manager has to bring a result home.</summary>
    public int HomeDeliveryWorkingDays { get; set; } = 3;

    /// <summary>A periodic item is announced this many days before it falls due.</summary>
    public int ReminderLookAheadDays { get; set; } = 30;

    /// <summary>How often periodic items are checked for reminders.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long intake has to say where a resident is before the attempt counts as a transient failure.</summary>
    public TimeSpan ContactTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public RetrySchedule RetrySchedule => new(Retry.MaxAttempts, Retry.FirstDelay, Retry.MaxDelay);

    public QuietHours ParsedQuietHours => Domain.Deliveries.QuietHours.Parse(QuietHours);

    public RateLimit RecipientRateLimit => new(RateLimit, RateWindow);
}

public sealed class RetryOptions
{
    public int MaxAttempts { get; set; } = RetrySchedule.Default.MaxAttempts;

    public TimeSpan FirstDelay { get; set; } = RetrySchedule.Default.FirstDelay;

    public TimeSpan MaxDelay { get; set; } = RetrySchedule.Default.MaxDelay;
}

/// <summary>Which SMS adapter runs, and each adapter's settings.</summary>
public sealed class SmsOptions
{
    /// <summary><c>local</c> (a file and the log, for development) or <c>http</c> (the provider).</summary>
    public string Channel { get; set; } = "http";

    public LocalSmsOptions Local { get; set; } = new();

    public HttpSmsOptions Http { get; set; } = new();
}

public sealed class LocalSmsOptions
{
    /// <summary>Folder of the day files (relative to the working directory); a file named <c>fail</c> there makes sends fail.</summary>
    public string Folder { get; set; } = ".onewindow/sms";
}

public sealed class HttpSmsOptions
{
    /// <summary>The provider's send endpoint, e.g. https://sms.example/v1/messages.</summary>
    public string? Url { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Shared secret of the HMAC-SHA256 signature on requests and on receipts.</summary>
    public string? Secret { get; set; }

    /// <summary>The signature (签名) the provider puts before every text, e.g. 【杨浦区社区事务受理】.</summary>
    public string SignName { get; set; } = "杨浦区社区事务受理";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
