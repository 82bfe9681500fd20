using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace OneWindow.Testing.Sms;

/// <summary>One message as the provider received it.</summary>
public sealed record ReceivedSms(string Reference, string To, string Text, string SignName, string MessageId);

/// <summary>
/// An SMS provider on a free loopback port, speaking the protocol of notification's HTTP adapter: <c>POST /v1/messages</c>
/// with <c>X-Api-Key</c>, <c>X-Timestamp</c> and <c>X-Signature</c> (HMAC-SHA256 of <c>timestamp + "\n" + body</c>, hex).
/// Tests script the next answers for one recipient (<see cref="FailNext"/>, <see cref="TimeOutNext"/>; a script for anybody
/// would be used up by whatever text another test still has in flight) or for all (<see cref="FailAlways"/>) and send
/// receipts back (<see cref="ReceiptAsync"/>). A repeated reference is accepted once and answered with the same id,
/// as real providers deduplicate on the client's reference.
/// </summary>
public sealed class FakeSmsProvider : IAsyncDisposable
{
    public const string ApiKey = "test-api-key";
    public const string Secret = "test-shared-secret";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReceivedSms> _accepted = new(StringComparer.Ordinal);
    private volatile int _failAlways;
    private int _calls;

    private FakeSmsProvider(WebApplication app) => _app = app;

    /// <summary>Where notification's adapter sends (<c>Notification:Sms:Http:Url</c>).</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>Requests answered, including failures.</summary>
    public int Calls => _calls;

    /// <summary>Messages accepted, one per reference.</summary>
    public IReadOnlyCollection<ReceivedSms> Accepted => [.. _accepted.Values];

    public static async Task<FakeSmsProvider> StartAsync()
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        // Not whatever appsettings.json sits beside the test assembly (a service's Kestrel endpoints).
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeSmsProvider(app) { Url = $"http://127.0.0.1:{port}/v1/messages" };
        app.MapPost("/v1/messages", provider.ReceiveAsync);
        await app.StartAsync();
        return provider;
    }

    /// <summary>The next <paramref name="count"/> requests for <paramref name="to"/> (as the adapter sends it, +86…) get <paramref name="status"/>.</summary>
    public void FailNext(string to, int count, HttpStatusCode status) =>
        Script(to, count, async context =>
        {
            context.Response.StatusCode = (int)status;
            await context.Response.WriteAsJsonAsync(new { error = $"scripted {(int)status}" });
        });

    /// <summary>The next <paramref name="count"/> requests for <paramref name="to"/> get no answer at all: the client's own timeout ends them.</summary>
    public void TimeOutNext(string to, int count) =>
        Script(to, count, context => Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));

    /// <summary>Every request fails with 503 until <see cref="Heal"/>.</summary>
    public void FailAlways() => _failAlways = 1;

    public void Heal()
    {
        _failAlways = 0;
        _scripts.Clear();
    }

    /// <summary>Sends a signed receipt for a delivery (our reference) to notification's receipt endpoint.</summary>
    public static async Task<HttpResponseMessage> ReceiptAsync(HttpClient notification, string reference, string status, string? reason = null, string secret = Secret, DateTimeOffset? at = null)
    {
        var body = JsonSerializer.Serialize(new { reference, messageId = "fake-" + reference, status, reason }, JsonSerializerOptions.Web);
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/sms/receipts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Signature", Sign(secret, timestamp, body));
        return await notification.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Script(string to, int count, Func<HttpContext, Task> answer)
    {
        var script = _scripts.GetOrAdd(to, _ => new ConcurrentQueue<Func<HttpContext, Task>>());
        for (var i = 0; i < count; i++)
        {
            script.Enqueue(answer);
        }
    }

    private static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "\n" + body)));

    private async Task ReceiveAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        if (context.Request.Headers["X-Api-Key"] != ApiKey
            || context.Request.Headers["X-Signature"] != Sign(Secret, context.Request.Headers["X-Timestamp"].ToString(), body))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "bad signature" });
            return;
        }

        if (_failAlways == 1)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsJsonAsync(new { error = "provider down" });
            return;
        }

        var message = JsonSerializer.Deserialize<JsonElement>(body);
        if (_scripts.TryGetValue(message.GetProperty("to").GetString()!, out var script) && script.TryDequeue(out var scripted))
        {
            await scripted(context);
            return;
        }

        var reference = message.GetProperty("reference").GetString()!;
        var sms = _accepted.GetOrAdd(reference, r => new ReceivedSms(
            r, message.GetProperty("to").GetString()!, message.GetProperty("text").GetString()!, message.GetProperty("signName").GetString()!, "fake-" + r));
        await context.Response.WriteAsJsonAsync(new { messageId = sms.MessageId, status = "accepted" });
    }
}
