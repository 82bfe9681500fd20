using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OneWindow.Notification.Channels;
using OneWindow.Testing;

namespace OneWindow.Notification.Tests;

/// <summary>
/// Tencent Cloud SMS on a free loopback port, as notification's Tencent channel sees it over the network: SendSms
/// (2021-01-11) signed TC3-HMAC-SHA256 under <see cref="SecretId"/>/<see cref="SecretKey"/>, a refused signature
/// answered <c>AuthFailure.SignatureFailure</c>. Tests script the next answers for one recipient (<see cref="FailNext"/>
/// with a Tencent error code, <see cref="TimeOutNext"/>; a script for anybody would be used up by whatever text another
/// test still has in flight) or for all (<see cref="FailAlways"/>), and push status reports to notification's callback
/// (<see cref="ReportAsync"/>). A repeated session context is taken once and answered with the same serial number.
/// </summary>
public sealed class FakeTencentSms : IAsyncDisposable
{
    public const string SecretId = "AKIDtest000000000000000000000000000";
    public const string SecretKey = "test-secret-key";
    public const string SmsSdkAppId = "1400111111";
    public const string CallbackToken = "test-callback-token";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, TencentSms.SendSmsRequest, Task>>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReceivedSms> _accepted = new(StringComparer.Ordinal);
    private volatile int _failAlways;
    private int _calls;

    private FakeTencentSms(WebApplication app) => _app = app;

    /// <summary>Where the channel sends (<c>Notification:Sms:Tencent:Endpoint</c>).</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The templates approved on this account (notification's own list, set once the host has started).</summary>
    public SmsTemplates? Templates { get; set; }

    /// <summary>Requests answered, including failures.</summary>
    public int Calls => _calls;

    /// <summary>Messages taken, one per session context.</summary>
    public IReadOnlyCollection<ReceivedSms> Accepted => [.. _accepted.Values];

    public static async Task<FakeTencentSms> StartAsync()
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        // Not whatever appsettings.json sits beside the test assembly (a service's Kestrel endpoints).
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var tencent = new FakeTencentSms(app) { Endpoint = new Uri($"http://127.0.0.1:{port}/") };
        app.MapPost("/", tencent.ReceiveAsync);
        await app.StartAsync();
        return tencent;
    }

    /// <summary>
    /// The next <paramref name="count"/> requests for <paramref name="to"/> (+86…) fail with <paramref name="code"/>:
    /// as a request error for <c>InternalError</c>/<c>RequestLimitExceeded</c>, else as the number's send status.
    /// </summary>
    public void FailNext(string to, int count, string code, string message = "scripted") =>
        Script(to, count, (context, send) => AnswerAsync(context, Failure(send, code, message)));

    /// <summary>The next <paramref name="count"/> requests for <paramref name="to"/> get no answer at all: the client's own timeout ends them.</summary>
    public void TimeOutNext(string to, int count) =>
        Script(to, count, (context, _) => Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));

    /// <summary>Every request fails with InternalError until <see cref="Heal"/>.</summary>
    public void FailAlways() => _failAlways = 1;

    public void Heal()
    {
        _failAlways = 0;
        _scripts.Clear();
    }

    /// <summary>Pushes status reports (sid, SUCCESS or FAIL) to notification's callback, as Tencent does: one JSON array, the token in the URL.</summary>
    public static async Task<HttpResponseMessage> ReportAsync(HttpClient notification, IEnumerable<(string Sid, string Status)> reports, string token = CallbackToken) =>
        await notification.PostAsJsonAsync($"/v1/sms/receipts?token={Uri.EscapeDataString(token)}",
            reports.Select(r => new TencentSms.StatusReport(
                DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), "86", "13800000000",
                r.Status, r.Status == "SUCCESS" ? "DELIVRD" : "MK:0001", r.Status == "SUCCESS" ? "用户短信送达成功" : "用户手机号 13800000000 停机", r.Sid)).ToList(),
            TencentSms.Json);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Script(string to, int count, Func<HttpContext, TencentSms.SendSmsRequest, Task> answer)
    {
        var script = _scripts.GetOrAdd(to, _ => new ConcurrentQueue<Func<HttpContext, TencentSms.SendSmsRequest, Task>>());
        for (var i = 0; i < count; i++)
        {
            script.Enqueue(answer);
        }
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        using var reader = new StreamReader(context.Request.Body);
        var payload = await reader.ReadToEndAsync();
        var request = context.Request;
        if (request.Headers["X-TC-Action"] != TencentSms.Action || request.Headers["X-TC-Version"] != TencentSms.Version
            || !long.TryParse(request.Headers["X-TC-Timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || !TencentCloudSignature.Verify(request.Headers.Authorization, SecretId, SecretKey, TencentSms.Service, request.Host.Value!, request.ContentType ?? string.Empty, payload, timestamp))
        {
            await AnswerAsync(context, new TencentSms.SendSmsResponse(null,
                new TencentSms.ApiError("AuthFailure.SignatureFailure", "The provided credentials could not be validated."), Guid.NewGuid().ToString()));
            return;
        }

        var send = JsonSerializer.Deserialize<TencentSms.SendSmsRequest>(payload, TencentSms.Json)!;
        if (_failAlways == 1)
        {
            await AnswerAsync(context, Failure(send, "InternalError", "provider down"));
            return;
        }

        var to = send.PhoneNumberSet.Single();
        if (_scripts.TryGetValue(to, out var script) && script.TryDequeue(out var scripted))
        {
            await scripted(context, send);
            return;
        }

        var template = Templates?.ById(send.TemplateId);
        var sms = _accepted.GetOrAdd(send.SessionContext!, reference => new ReceivedSms(
            reference, to, send.TemplateId, send.TemplateParamSet,
            template is null ? string.Join(" ", send.TemplateParamSet) : SmsTemplates.Render(send.SignName, template, send.TemplateParamSet),
            $"2433:{Guid.NewGuid():N}"));
        await AnswerAsync(context, new TencentSms.SendSmsResponse(
            [new TencentSms.SendStatus(sms.SerialNo, to, 1, send.SessionContext, "Ok", "send success", "CN")], null, Guid.NewGuid().ToString()));
    }

    private static TencentSms.SendSmsResponse Failure(TencentSms.SendSmsRequest send, string code, string message) =>
        code.StartsWith("InternalError", StringComparison.Ordinal) || code.StartsWith("RequestLimitExceeded", StringComparison.Ordinal)
            ? new(null, new TencentSms.ApiError(code, message), Guid.NewGuid().ToString())
            : new([new TencentSms.SendStatus(string.Empty, send.PhoneNumberSet.Single(), 0, send.SessionContext, code, message, "CN")], null, Guid.NewGuid().ToString());

    private static Task AnswerAsync(HttpContext context, TencentSms.SendSmsResponse response) =>
        context.Response.WriteAsJsonAsync(new TencentSms.SendSmsReply(response), TencentSms.Json);
}
