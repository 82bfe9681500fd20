using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Privacy;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Channels;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Sending;

/// <summary>
/// Sends the text messages that are due, centre by centre: claims a batch (so no other sender takes the same
/// deliveries), then for each one, outside any transaction, holds it for quiet hours or the recipient's rate limit,
/// asks intake for the number the first time, sends it through the SMS port and records the outcome on the delivery
/// (notification's own to show; no other service acts on it, so no event: docs/adr/0023). Transient failures are
/// retried on the backoff schedule; a final failure stays visible and resendable; a legally required notice that SMS cannot carry goes by letter instead.
/// </summary>
public sealed partial class DeliverySender(
    IServiceScopeFactory scopes, ISmsChannel sms, SmsTemplates templates, ContactDirectory contacts, RecipientRateLimiter rateLimiter, PersonalDataProtector protector,
    IOptions<NotificationOptions> options, NotificationClock clock, ILogger<DeliverySender> logger)
{
    /// <summary>One pass over every centre; returns how many deliveries it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<string> centres;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            centres = await scope.ServiceProvider.GetRequiredService<NotificationDbContext>().Deliveries
                .Where(d => d.Status == DeliveryStatus.Queued && d.Channel == Channel.Sms && d.NextAttemptAt <= now)
                .Select(d => EF.Property<string>(d, TenantOwnership.PropertyName)).Distinct().ToListAsync(cancellationToken);
        }

        var handled = 0;
        foreach (var centre in centres)
        {
            var claimed = await ClaimAsync(centre, now, cancellationToken);
            await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = options.Value.SendConcurrency, CancellationToken = cancellationToken },
                async (id, token) => await SendAsync(centre, id, token));
            handled += claimed.Count;
        }

        return handled;
    }

    private async Task<List<Guid>> ClaimAsync(string centre, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = CentreScope(centre);
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var lease = now + options.Value.ClaimLease;
        // SKIP LOCKED: two senders (replicas) never take the same delivery; the lease frees it if this one dies.
        return await db.Database.SqlQuery<Guid>($"""
            UPDATE deliveries SET next_attempt_at = {lease}
            WHERE id IN (SELECT id FROM deliveries
                         WHERE status = 'Queued' AND channel = 'Sms' AND next_attempt_at <= {now}
                         ORDER BY next_attempt_at LIMIT {options.Value.BatchSize} FOR UPDATE SKIP LOCKED)
            RETURNING id
            """).ToListAsync(cancellationToken);
    }

    private async Task SendAsync(string centre, Guid id, CancellationToken cancellationToken)
    {
        await using var scope = CentreScope(centre);
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == id && d.Status == DeliveryStatus.Queued, cancellationToken);
        if (delivery is null)
        {
            return;
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var quiet = settings.ParsedQuietHours;
        if (quiet.Contains(now))
        {
            delivery.Hold(quiet.NextAllowed(now), "quiet hours: no SMS at night");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var outcome = await AttemptAsync(centre, delivery, settings, now, cancellationToken);
        now = clock.GetUtcNow();
        switch (outcome)
        {
            case null:
                // Held back by the recipient's rate limit, without an attempt.
                break;
            case SmsResult.Accepted accepted:
                delivery.MarkSent(accepted.MessageId, now);
                break;
            case SmsResult.Transient transient:
                delivery.FailTransiently(transient.Reason, settings.RetrySchedule, now);
                break;
            case SmsResult.Permanent permanent:
                delivery.FailPermanently(permanent.Reason, now);
                await scope.ServiceProvider.GetRequiredService<Notify>().LetterInsteadAsync(delivery, cancellationToken);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The provider's answer, or null when the delivery was held back without an attempt.</summary>
    private async Task<SmsResult?> AttemptAsync(string centre, Delivery delivery, NotificationOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Tencent sends approved templates only: a notice with none in its language cannot go by SMS at all.
        if (templates.Find(delivery.Kind, delivery.Locale) is not { } template)
        {
            return new SmsResult.Permanent($"no SMS template for {delivery.Kind} in {delivery.Locale} (Notification:Sms:Templates)");
        }

        if (delivery.SmsParameters.Length != template.Parameters.Count)
        {
            return new SmsResult.Permanent($"the text's {delivery.SmsParameters.Length} values do not fit template {template.TemplateId} ({template.Parameters.Count})");
        }

        string phone;
        if (delivery.AddressProtected is { } stored)
        {
            phone = protector.Unprotect(stored, PersonalDataPurposes.SmsAddress);
        }
        else
        {
            try
            {
                var contact = await contacts.ResidentAsync(centre, Guid.Parse(delivery.RecipientId), $"sms {delivery.Kind} {delivery.Id}", cancellationToken);
                if (OneWindow.Common.Identity.MobileNumber.Normalize(contact.Phone) is not { } number)
                {
                    return new SmsResult.Permanent(contact.Phone.Length == 0 ? "no mobile number on record" : "the number on record is not a mobile number");
                }

                phone = number;
                delivery.Address(protector.Protect(phone, PersonalDataPurposes.SmsAddress));
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
            {
                return new SmsResult.Permanent("intake knows no such resident in this centre");
            }
            catch (RpcException exception)
            {
                LogIntakeUnavailable(logger, exception.StatusCode, delivery.Id);
                return new SmsResult.Transient($"intake did not say where to send it ({exception.StatusCode})");
            }
        }

        if (await rateLimiter.HoldUntilAsync(centre, delivery.RecipientId, settings.RecipientRateLimit, now) is { } until)
        {
            delivery.Hold(until, $"rate limit: at most {settings.RateLimit} SMS per {settings.RateWindow} to one resident");
            return null;
        }

        var result = await sms.SendAsync(new SmsMessage(delivery.Id, phone, template.TemplateId, delivery.SmsParameters), cancellationToken);
        if (result is not SmsResult.Accepted)
        {
            // Not taken by the provider, so it never reached the resident: it does not use up their allowance.
            await rateLimiter.RefundAsync(centre, delivery.RecipientId, settings.RecipientRateLimit, now);
        }

        return result;
    }

    private AsyncServiceScope CentreScope(string centre)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        return scope;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "intake did not answer ({Status}) for delivery {DeliveryId}; it will be tried again")]
    private static partial void LogIntakeUnavailable(ILogger logger, StatusCode status, Guid deliveryId);
}
