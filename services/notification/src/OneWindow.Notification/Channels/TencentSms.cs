using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using OneWindow.Common.Privacy;

namespace OneWindow.Notification.Channels;

/// <summary>
/// Tencent Cloud SMS's wire format (API 3.0, version 2021-01-11): the SendSms request and answer, and the status
/// report Tencent pushes to our callback, as both our channel and the local provider read and write them.
/// </summary>
public static partial class TencentSms
{
    public const string Service = "sms";
    public const string Action = "SendSms";
    public const string Version = "2021-01-11";
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Tencent's names as they are: PascalCase for the API, snake_case in status reports.</summary>
    public static JsonSerializerOptions Json { get; } = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public sealed record SendSmsRequest(
        IReadOnlyList<string> PhoneNumberSet, string SmsSdkAppId, string SignName, string TemplateId, IReadOnlyList<string> TemplateParamSet, string? SessionContext);

    public sealed record SendSmsReply(SendSmsResponse? Response);

    public sealed record SendSmsResponse(IReadOnlyList<SendStatus>? SendStatusSet, ApiError? Error, string? RequestId);

    public sealed record SendStatus(string SerialNo, string PhoneNumber, long Fee, string? SessionContext, string Code, string Message, string IsoCode);

    public sealed record ApiError(string Code, string Message);

    /// <summary>One entry of a status-report push (a JSON array of them).</summary>
    public sealed record StatusReport(
        [property: JsonPropertyName("user_receive_time")] string? UserReceiveTime,
        [property: JsonPropertyName("nationcode")] string? NationCode,
        [property: JsonPropertyName("mobile")] string? Mobile,
        [property: JsonPropertyName("report_status")] string? ReportStatus,
        [property: JsonPropertyName("errmsg")] string? ErrMsg,
        [property: JsonPropertyName("description")] string? Description,
        [property: JsonPropertyName("sid")] string? Sid);

    /// <summary>What the callback answers: 0 and OK when taken, anything else makes Tencent push again.</summary>
    public sealed record CallbackAnswer([property: JsonPropertyName("result")] int Result, [property: JsonPropertyName("errmsg")] string ErrMsg);

    /// <summary>Tencent's own words with any run of seven or more digits (a number it quotes back) masked as a phone is everywhere.</summary>
    public static string Masked(string? text) => text is null ? string.Empty : Digits().Replace(text, match => Masking.Phone(match.Value));

    [GeneratedRegex(@"\+?\d{7,}")]
    private static partial Regex Digits();
}
