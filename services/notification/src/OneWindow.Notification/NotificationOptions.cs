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

/// <summary>Which SMS adapter runs, its settings, and our notices as the provider's templates.</summary>
public sealed class SmsOptions
{
    /// <summary><c>tencent</c> (Tencent Cloud SMS) or <c>local</c> (the same protocol answered in-process, for development).</summary>
    public string Channel { get; set; } = "tencent";

    public LocalSmsOptions Local { get; set; } = new();

    public TencentSmsOptions Tencent { get; set; } = new();

    /// <summary>Each text message's template as registered at the provider (docs/adr/0034).</summary>
    public List<SmsTemplateOptions> Templates { get; set; } = [];
}

public sealed class LocalSmsOptions
{
    /// <summary>Folder of the day files (relative to the working directory); a file named <c>fail</c> there makes sends fail.</summary>
    public string Folder { get; set; } = ".onewindow/sms";

    /// <summary>Where the local provider pushes its status reports (our receipt endpoint with its token); empty: none are pushed.</summary>
    public string? CallbackUrl { get; set; }
}

public sealed class TencentSmsOptions
{
    /// <summary>The API 3.0 endpoint; the host is signed, so it is the one the request goes to.</summary>
    public Uri Endpoint { get; set; } = new("https://sms.tencentcloudapi.com");

    public string Region { get; set; } = "ap-guangzhou";

    /// <summary>The API key pair (SecretId, SecretKey) of a sub-account allowed SendSms only.</summary>
    public string? SecretId { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>The SMS application (SmsSdkAppId) whose signature and templates we use.</summary>
    public string? SmsSdkAppId { get; set; }

    /// <summary>The approved signature (签名) Tencent puts before every text.</summary>
    public string SignName { get; set; } = "杨浦区社区事务受理";

    /// <summary>The secret the status-report callback URL carries (<c>?token=</c>); Tencent signs nothing it pushes.</summary>
    public string? CallbackToken { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// One notice as a Tencent template: its id, its approved wording (<c>{1}</c>, <c>{2}</c>… for the parameters, kept
/// here as the record of what residents read, and rendered by the local provider) and which of the notice's values
/// fill the parameters, in order.
/// </summary>
public sealed class SmsTemplateOptions
{
    /// <summary>A kind of notice (NotificationKinds) or <c>sign-in-code</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    public string Locale { get; set; } = "zh-CN";

    public string TemplateId { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public List<string> Parameters { get; set; } = [];
}
