using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Notification.Application;
using OneWindow.Notification.Channels;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Http;

/// <summary>
/// Tencent's status reports (短信下发状态回调): <c>POST /v1/sms/receipts?token=…</c> with a JSON array of
/// <c>{user_receive_time, nationcode, mobile, report_status, errmsg, description, sid}</c>, <c>sid</c> being the
/// serial number SendSms gave. Tencent signs nothing it pushes, so the callback URL configured at Tencent carries a
/// secret token (docs/adr/0034), compared in constant time. Each report finds its delivery by that serial number and
/// counts once (a report pushed again changes nothing); one with a serial number we do not hold (a sign-in code, a
/// report overtaking our own record of sending) is left aside. The answer is Tencent's: <c>{"result":0,"errmsg":"OK"}</c>.
/// </summary>
public static partial class SmsReceipts
{
    public static IEndpointRouteBuilder MapSmsReceipts(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/sms/receipts", ReceiveAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IServiceScopeFactory scopes, IOptions<NotificationOptions> options, NotificationClock clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var expected = options.Value.Sms.Tencent.CallbackToken;
        var token = request.Query["token"].ToString();
        if (string.IsNullOrEmpty(expected) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unknown caller", detail: "The status report's URL does not carry the callback token.");
        }

        List<TencentSms.StatusReport>? reports;
        try
        {
            reports = await JsonSerializer.DeserializeAsync<List<TencentSms.StatusReport>>(request.Body, TencentSms.Json, cancellationToken);
        }
        catch (JsonException)
        {
            reports = null;
        }

        if (reports is null || reports.Any(r => string.IsNullOrEmpty(r?.Sid) || r.ReportStatus is not ("SUCCESS" or "FAIL")))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-status-report",
                "A status report is a JSON array of reports, each with a sid and a report_status of SUCCESS or FAIL.", "sid");
        }

        var bySid = reports.GroupBy(r => r.Sid!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        List<(Guid Id, string Sid, string Centre)> known;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // A report names no centre: find each delivery's, then change it under that centre alone.
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            var sids = bySid.Keys.ToList();
            known = (await scope.ServiceProvider.GetRequiredService<NotificationDbContext>().Deliveries
                    .Where(d => d.ProviderMessageId != null && sids.Contains(d.ProviderMessageId))
                    .Select(d => new { d.Id, Sid = d.ProviderMessageId!, Centre = EF.Property<string>(d, TenantOwnership.PropertyName) })
                    .ToListAsync(cancellationToken))
                .Select(d => (d.Id, d.Sid, d.Centre)).ToList();
        }

        if (known.Count < bySid.Count)
        {
            LogUnknown(loggers.CreateLogger(typeof(SmsReceipts)), bySid.Count - known.Count, bySid.Count);
        }

        foreach (var centre in known.GroupBy(d => d.Centre))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre.Key));
            var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
            var ids = centre.Select(d => d.Id).ToList();
            var now = clock.GetUtcNow();
            foreach (var delivery in await db.Deliveries.Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken))
            {
                var report = bySid[delivery.ProviderMessageId!];
                delivery.Receipt(report.ReportStatus == "SUCCESS", $"Tencent {TencentSms.Masked(report.ErrMsg)}: {TencentSms.Masked(report.Description)}", now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return Results.Json(new TencentSms.CallbackAnswer(0, "OK"), TencentSms.Json);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Unknown} of {Count} status reports name a serial number no delivery holds (a sign-in code, or a report ahead of our record of sending)")]
    private static partial void LogUnknown(ILogger logger, int unknown, int count);
}
