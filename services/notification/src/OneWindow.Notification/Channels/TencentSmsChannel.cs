using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace OneWindow.Notification.Channels;

/// <summary>
/// Tencent Cloud SMS, API 3.0 <c>SendSms</c> (version 2021-01-11): a JSON POST signed TC3-HMAC-SHA256, one number
/// (+86…) per request, the template and its parameters, our delivery id as the session context. Tencent answers 200
/// with either <c>Response.Error</c> (the request failed: authentication, throttling, its internal error) or one
/// <c>SendStatus</c> per number whose <c>Code</c> is <c>Ok</c> when taken (the <c>SerialNo</c> comes back as
/// <c>sid</c> in the status report). Errors about the message itself (the number, the parameters, the content) refuse
/// it for good; everything else, timeouts and an unreachable endpoint are transient. Tencent's messages can quote the
/// number, so they are masked before they reach a log or a delivery's record.
/// </summary>
internal sealed partial class TencentSmsChannel(HttpClient http, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<TencentSmsChannel> logger) : ISmsChannel
{
    private static readonly string[] PermanentPrefixes =
    [
        "InvalidParameter.", "InvalidParameterValue.", "UnsupportedOperation.", "FailedOperation.PhoneNumberInBlacklist",
        "FailedOperation.ContainSensitiveWord", "FailedOperation.PhoneNumberParseFail", "FailedOperation.TemplateParamSetNotMatchApprovedTemplate",
    ];

    public async Task<SmsResult> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Sms.Tencent;
        var payload = JsonSerializer.Serialize(
            new TencentSms.SendSmsRequest(["+86" + message.Phone], settings.SmsSdkAppId!, settings.SignName, message.TemplateId, message.Parameters, message.Reference.ToString()),
            TencentSms.Json);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var endpoint = settings.Endpoint;
        var host = endpoint.IsDefaultPort ? endpoint.Host : endpoint.Authority;
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(payload, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(TencentSms.ContentType);
        request.Headers.TryAddWithoutValidation("Authorization",
            TencentCloudSignature.Authorization(settings.SecretId!, settings.SecretKey!, TencentSms.Service, host, TencentSms.ContentType, payload, timestamp));
        request.Headers.Add("X-TC-Action", TencentSms.Action);
        request.Headers.Add("X-TC-Version", TencentSms.Version);
        request.Headers.Add("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-TC-Region", settings.Region);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, message.Phone, message.Reference, $"HTTP {(int)response.StatusCode}", string.Empty);
                return new SmsResult.Transient($"Tencent answered HTTP {(int)response.StatusCode}");
            }

            TencentSms.SendSmsReply? reply;
            try
            {
                reply = await response.Content.ReadFromJsonAsync<TencentSms.SendSmsReply>(TencentSms.Json, timeout.Token);
            }
            catch (JsonException)
            {
                // A proxy's error page in front of the API says nothing worth keeping.
                reply = null;
            }

            return Outcome(message, reply?.Response);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, message.Phone, message.Reference, settings.Timeout);
            return new SmsResult.Transient($"Tencent did not answer within {settings.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(logger, message.Phone, message.Reference, exception.HttpRequestError);
            return new SmsResult.Transient($"Tencent is unreachable ({exception.HttpRequestError})");
        }
    }

    private SmsResult Outcome(SmsMessage message, TencentSms.SendSmsResponse? response)
    {
        if (response?.Error is { } error)
        {
            return Refused(message, error.Code, error.Message, response.RequestId);
        }

        if (response?.SendStatusSet is not [var status])
        {
            LogRefused(logger, message.Phone, message.Reference, "no send status", response?.RequestId ?? string.Empty);
            return new SmsResult.Transient("Tencent answered without a send status");
        }

        if (!string.Equals(status.Code, "Ok", StringComparison.Ordinal))
        {
            return Refused(message, status.Code, status.Message, response.RequestId);
        }

        LogAccepted(logger, message.Phone, message.Reference, status.SerialNo, status.Fee);
        return new SmsResult.Accepted(status.SerialNo);
    }

    private SmsResult Refused(SmsMessage message, string code, string text, string? requestId)
    {
        var reason = $"Tencent {code}: {TencentSms.Masked(text)}";
        reason = reason[..Math.Min(reason.Length, 300)];
        LogRefused(logger, message.Phone, message.Reference, reason, requestId ?? string.Empty);
        return PermanentPrefixes.Any(prefix => code.StartsWith(prefix, StringComparison.Ordinal))
            ? new SmsResult.Permanent(reason)
            : new SmsResult.Transient(reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {Phone} ({Reference}) taken by Tencent as {SerialNo} ({Fee} billed)")]
    private static partial void LogAccepted(ILogger logger, [PersonalData] string phone, Guid reference, string serialNo, long fee);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {Phone} ({Reference}) not taken: {Reason} (request {RequestId})")]
    private static partial void LogRefused(ILogger logger, [PersonalData] string phone, Guid reference, string reason, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {Phone} ({Reference}): Tencent did not answer within {Timeout}")]
    private static partial void LogTimedOut(ILogger logger, [PersonalData] string phone, Guid reference, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {Phone} ({Reference}): Tencent is unreachable ({Error})")]
    private static partial void LogUnreachable(ILogger logger, [PersonalData] string phone, Guid reference, HttpRequestError error);
}
