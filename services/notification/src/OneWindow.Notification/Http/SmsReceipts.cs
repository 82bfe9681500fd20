using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Notification.Application;
using OneWindow.Notification.Channels;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Http;

/// <summary>
/// The provider's delivery receipts: <c>POST /v1/sms/receipts</c> with JSON <c>{reference, messageId, status, reason}</c>
/// (status <c>delivered</c> or <c>failed</c>), signed like our requests (<c>X-Timestamp</c>, <c>X-Signature</c> over
/// the raw body, at most five minutes old). The provider holds no platform token, so the signature is the
/// authentication. A receipt that repeats or arrives before our own record of sending counts once.
/// </summary>
public static class SmsReceipts
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static IEndpointRouteBuilder MapSmsReceipts(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/sms/receipts", ReceiveAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, NotificationClock notificationClock, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var secret = options.Value.Sms.Http.Secret;
        var timestamp = request.Headers["X-Timestamp"].ToString();
        var now = clock.GetUtcNow();
        if (string.IsNullOrEmpty(secret) || !SmsSignature.Verify(secret, timestamp, body, request.Headers["X-Signature"].ToString())
            || !long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxAge)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unsigned receipt", detail: "The receipt's signature or timestamp does not check out.");
        }

        Receipt? receipt;
        try
        {
            receipt = JsonSerializer.Deserialize<Receipt>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            receipt = null;
        }

        if (receipt is null || !Guid.TryParse(receipt.Reference, out var deliveryId) || receipt.Status is not ("delivered" or "failed"))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-receipt", "A receipt has a reference (our delivery id) and a status, delivered or failed.", "reference");
        }

        string? centre;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // The receipt names no centre: find the delivery's, then change it under that centre alone.
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            centre = await scope.ServiceProvider.GetRequiredService<NotificationDbContext>().Deliveries.Where(d => d.Id == deliveryId)
                .Select(d => EF.Property<string>(d, TenantOwnership.PropertyName)).SingleOrDefaultAsync(cancellationToken);
        }

        if (centre is null)
        {
            throw new DomainException(DomainErrorKind.NotFound, "unknown-delivery", "No delivery has this reference.", "reference");
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
            var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
            var delivery = await db.Deliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken);
            // The signature's age is judged by the host's clock; the delivery's record by the notification clock.
            var receivedAt = notificationClock.GetUtcNow();
            delivery.Receipt(receipt.Status == "delivered", receipt.Reason, receivedAt);

            await db.SaveChangesAsync(cancellationToken);
        }

        return Results.NoContent();
    }

    private sealed record Receipt(string? Reference, string? MessageId, string? Status, string? Reason);
}
