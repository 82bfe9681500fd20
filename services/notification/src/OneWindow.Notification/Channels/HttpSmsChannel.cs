using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace OneWindow.Notification.Channels;

/// <summary>
/// The SMS provider over HTTP: <c>POST {Url}</c> with JSON <c>{reference, to, text, signName}</c>, the API key in
/// <c>X-Api-Key</c> and an HMAC-SHA256 of <c>timestamp + "\n" + body</c> under the shared secret in <c>X-Signature</c>
/// (hex), the Unix timestamp in <c>X-Timestamp</c>. 2xx <c>{messageId, status}</c> is accepted (<c>delivered</c>
/// if the provider already knows); 408, 429, 5xx, timeouts and unreachable are transient; any other 4xx refuses
/// the message for good. The reference is our delivery id, so a provider can drop a repeat of a message it took.
/// </summary>
internal sealed partial class HttpSmsChannel(HttpClient http, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<HttpSmsChannel> logger) : ISmsChannel
{
    public async Task<SmsResult> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Sms.Http;
        var body = JsonSerializer.Serialize(new { reference = message.Reference, to = "+86" + message.Phone, text = message.Text, signName = settings.SignName }, JsonSerializerOptions.Web);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Add("X-Api-Key", settings.ApiKey);
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Signature", SmsSignature.Sign(settings.Secret!, timestamp, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                var reply = await response.Content.ReadFromJsonAsync<ProviderReply>(JsonSerializerOptions.Web, timeout.Token);
                if (string.IsNullOrEmpty(reply?.MessageId))
                {
                    return new SmsResult.Transient("the provider answered without a message id");
                }

                LogAccepted(logger, message.Phone, message.Reference, reply.MessageId);
                return new SmsResult.Accepted(reply.MessageId, string.Equals(reply.Status, "delivered", StringComparison.OrdinalIgnoreCase));
            }

            var detail = await ReasonAsync(response, timeout.Token);
            LogRefused(logger, message.Phone, message.Reference, (int)response.StatusCode, detail);
            return response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500
                ? new SmsResult.Transient($"the provider answered {(int)response.StatusCode}{detail}")
                : new SmsResult.Permanent($"the provider refused the message: {(int)response.StatusCode}{detail}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, message.Phone, message.Reference, settings.Timeout);
            return new SmsResult.Transient($"the provider did not answer within {settings.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(logger, message.Phone, message.Reference, exception.Message);
            return new SmsResult.Transient($"the provider is unreachable ({exception.HttpRequestError})");
        }
    }

    private static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await response.Content.ReadFromJsonAsync<ProviderReply>(JsonSerializerOptions.Web, cancellationToken);
            return string.IsNullOrWhiteSpace(reply?.Error) ? string.Empty : $" ({reply.Error[..Math.Min(reply.Error.Length, 200)]})";
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or HttpRequestException)
        {
            // A gateway's HTML error page says nothing the status does not.
            return string.Empty;
        }
    }

    private sealed record ProviderReply(string? MessageId, string? Status, string? Error);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {Phone} ({Reference}) accepted by the provider as {MessageId}")]
    private static partial void LogAccepted(ILogger logger, [PersonalData] string phone, Guid reference, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {Phone} ({Reference}) not taken: the provider answered {Status}{Detail}")]
    private static partial void LogRefused(ILogger logger, [PersonalData] string phone, Guid reference, int status, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {Phone} ({Reference}): the provider did not answer within {Timeout}")]
    private static partial void LogTimedOut(ILogger logger, [PersonalData] string phone, Guid reference, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {Phone} ({Reference}): the provider is unreachable: {Error}")]
    private static partial void LogUnreachable(ILogger logger, [PersonalData] string phone, Guid reference, string error);
}

/// <summary>The HMAC both directions use: our requests to the provider and its receipts to us.</summary>
public static class SmsSignature
{
    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "\n" + body)));

    public static bool Verify(string secret, string? timestamp, string body, string? signature) =>
        timestamp is not null && signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
}
