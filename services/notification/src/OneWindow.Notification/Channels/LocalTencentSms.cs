using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;

namespace OneWindow.Notification.Channels;

/// <summary>
/// Tencent Cloud SMS as the run stack has it: the Tencent channel's HTTP handler when <c>Notification:Sms:Channel</c>
/// is <c>local</c>, so every request is built, signed and read exactly as for Tencent and only the network is left
/// out. It checks what Tencent checks (the action, the timestamp within five minutes, the TC3 signature under the
/// configured key pair, the SMS application, the template and its parameter count) and answers in Tencent's words
/// (<c>AuthFailure.SignatureFailure</c>…); a message it takes becomes one line of <c>sms-yyyyMMdd.log</c> in the
/// configured folder (time, the number masked, our delivery id, the serial number, the text as Tencent would render
/// it) and a status report pushed to <c>Local:CallbackUrl</c>. A file named <c>fail</c> in that folder makes it fail
/// on demand: <c>timeout</c> answers nothing, any other content is the Tencent error code it answers
/// (<c>InternalError</c>, the default, or <c>RequestLimitExceeded</c> as a request error, anything else, such as
/// <c>LimitExceeded.PhoneNumberDailyLimit</c> or <c>InvalidParameterValue.IncorrectPhoneNumber</c>, as the number's status).
/// </summary>
public sealed partial class LocalTencentSms(
    IOptions<NotificationOptions> options, SmsTemplates templates, LocalStatusReports reports, TimeProvider clock, ILogger<LocalTencentSms> logger) : HttpMessageHandler
{
    private static readonly SemaphoreSlim FileLock = new(1, 1);
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestId = Guid.NewGuid().ToString();
        var payload = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        if (Refusal(request, payload) is { } refusal)
        {
            LogRefused(logger, refusal.Code);
            return Answer(new TencentSms.SendSmsResponse(null, refusal, requestId));
        }

        var send = JsonSerializer.Deserialize<TencentSms.SendSmsRequest>(payload, TencentSms.Json);
        var settings = options.Value.Sms;
        if (send is null || send.SmsSdkAppId != settings.Tencent.SmsSdkAppId)
        {
            return Answer(new TencentSms.SendSmsResponse(null,
                new TencentSms.ApiError("UnauthorizedOperation.SmsSdkAppIdVerifyFail", "The SmsSdkAppId is not this account's."), requestId));
        }

        if (send.PhoneNumberSet is not [var number])
        {
            // Tencent takes up to 200 numbers; the channel sends one, so anything else here is a bug worth seeing.
            return Answer(new TencentSms.SendSmsResponse(null,
                new TencentSms.ApiError("InvalidParameterValue.IncorrectPhoneNumber", "The local provider takes one number per request."), requestId));
        }

        var folder = Path.GetFullPath(settings.Local.Folder);
        Directory.CreateDirectory(folder);
        var fault = Path.Combine(folder, "fail");
        if (File.Exists(fault))
        {
            var mode = (await File.ReadAllTextAsync(fault, cancellationToken)).Trim();
            LogFailing(logger, mode.Length == 0 ? "InternalError" : mode, send.SessionContext);
            if (mode == "timeout")
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return mode.Length == 0 || mode.StartsWith("InternalError", StringComparison.Ordinal) || mode.StartsWith("RequestLimitExceeded", StringComparison.Ordinal)
                ? Answer(new TencentSms.SendSmsResponse(null, new TencentSms.ApiError(mode.Length == 0 ? "InternalError" : mode, "local fault switch"), requestId))
                : Answer(Status(number, send, string.Empty, mode, "local fault switch", requestId));
        }

        if (templates.ById(send.TemplateId) is not { } template)
        {
            return Answer(Status(number, send, string.Empty, "FailedOperation.TemplateIncorrectOrUnapproved", "The template is not approved.", requestId));
        }

        if (send.TemplateParamSet.Count != template.Parameters.Count)
        {
            return Answer(Status(number, send, string.Empty, "FailedOperation.TemplateParamSetNotMatchApprovedTemplate", "The parameters do not match the template.", requestId));
        }

        var serialNo = $"local:{Guid.NewGuid():N}";
        var phone = number.StartsWith("+86", StringComparison.Ordinal) ? number[3..] : number;
        var now = ChinaTime.ToChina(clock.GetUtcNow());
        var text = SmsTemplates.Render(send.SignName, template, send.TemplateParamSet);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{now:yyyy-MM-dd'T'HH:mm:sszzz}\t{Masking.Phone(phone)}\t{send.SessionContext}\t{serialNo}\t{text.ReplaceLineEndings(" ")}{Environment.NewLine}");
        await FileLock.WaitAsync(cancellationToken);
        try
        {
            await File.AppendAllTextAsync(Path.Combine(folder, $"sms-{now:yyyyMMdd}.log"), line, cancellationToken);
        }
        finally
        {
            FileLock.Release();
        }

        LogSent(logger, phone, send.SessionContext, serialNo);
        reports.Delivered(serialNo, phone, now);
        return Answer(Status(number, send, serialNo, "Ok", "send success", requestId));
    }

    /// <summary>Tencent's checks before it reads the request: the action and version, the clock, the key pair's signature.</summary>
    private TencentSms.ApiError? Refusal(HttpRequestMessage request, string payload)
    {
        var tencent = options.Value.Sms.Tencent;
        if (Header(request, "X-TC-Action") != TencentSms.Action || Header(request, "X-TC-Version") != TencentSms.Version)
        {
            return new TencentSms.ApiError("InvalidAction", "Only SendSms of version 2021-01-11 is served here.");
        }

        if (!long.TryParse(Header(request, "X-TC-Timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > MaxSkew)
        {
            return new TencentSms.ApiError("AuthFailure.SignatureExpire", "The timestamp is missing or more than five minutes from the server's time.");
        }

        var authorization = Header(request, "Authorization");
        if (authorization?.StartsWith($"{TencentCloudSignature.Algorithm} Credential={tencent.SecretId}/", StringComparison.Ordinal) != true)
        {
            return new TencentSms.ApiError("AuthFailure.SecretIdNotFound", "The SecretId is not found.");
        }

        var uri = request.RequestUri!;
        var host = request.Headers.Host ?? (uri.IsDefaultPort ? uri.Host : uri.Authority);
        var contentType = request.Content?.Headers.ContentType?.ToString() ?? string.Empty;
        return TencentCloudSignature.Verify(authorization, tencent.SecretId!, tencent.SecretKey!, TencentSms.Service, host, contentType, payload, timestamp)
            ? null
            : new TencentSms.ApiError("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please check your signature is correct.");
    }

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TencentSms.SendSmsResponse Status(string number, TencentSms.SendSmsRequest send, string serialNo, string code, string message, string requestId) =>
        new([new TencentSms.SendStatus(serialNo, number, code == "Ok" ? 1 : 0, send.SessionContext, code, message, "CN")], null, requestId);

    private static HttpResponseMessage Answer(TencentSms.SendSmsResponse response) =>
        new(HttpStatusCode.OK)
        {
            Content = new StringContent(JsonSerializer.Serialize(new TencentSms.SendSmsReply(response), TencentSms.Json), Encoding.UTF8, "application/json"),
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {Phone} ({Reference}) taken by the local Tencent provider as {SerialNo}")]
    private static partial void LogSent(ILogger logger, [PersonalData] string phone, string? reference, string serialNo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The local Tencent provider refused a request: {Code}")]
    private static partial void LogRefused(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The local Tencent provider's fault switch says '{Mode}'; delivery {Reference} not sent")]
    private static partial void LogFailing(ILogger logger, string mode, string? reference);
}
