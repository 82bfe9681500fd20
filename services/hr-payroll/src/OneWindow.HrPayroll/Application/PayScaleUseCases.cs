using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application;

/// <summary>The district pay scale: read by anyone on staff, published by a district-level hr-admin.</summary>
public sealed class PayScaleUseCases(HrPayrollDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PayScale> GetAsync(V1.GetPayScaleRequest request, CancellationToken cancellationToken)
    {
        var versions = await db.PayScales.AsNoTracking().ToListAsync(cancellationToken);
        var version = request.Version is { } number
            ? versions.SingleOrDefault(v => v.Version == number)
            : PayScaleVersion.InForce(versions, request.On is { } on ? Wire.ParseDay(on, "on") : ChinaTime.Today(clock));
        return version is null
            ? throw new DomainException(DomainErrorKind.NotFound, "no-pay-scale", "No version of the pay scale is in force then.", request.Version is null ? "on" : "version")
            : version.ToContract(versions);
    }

    public async Task<V1.PayScale> PublishAsync(V1.PublishPayScaleRequest request, string publishedBy, CancellationToken cancellationToken)
    {
        if (tenant.Current.CentreCode is not null)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "district-only", "The pay scale is the district's: only district-level hr-admin publishes it.");
        }

        PayScaleTerms terms;
        try
        {
            terms = JsonSerializer.Deserialize<PayScaleTerms>(request.TermsJson, HrPayrollDbContext.DocumentJson)
                ?? throw new DomainException(DomainErrorKind.Invalid, "terms-required", "termsJson is required.", "termsJson");
        }
        catch (JsonException exception)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-terms", $"termsJson does not read as pay scale terms: {exception.Message}", "termsJson");
        }

        var effectiveFrom = Wire.ParseDay(request.EffectiveFrom, "effectiveFrom");
        var versions = await db.PayScales.ToListAsync(cancellationToken);
        var version = PayScaleVersion.Publish(versions, terms, effectiveFrom, publishedBy, clock.GetUtcNow());
        db.PayScales.Add(version);
        audit.Record(new AuditEntry("publish-pay-scale", "pay-scale", version.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), $"from {Wire.Day(effectiveFrom)}"));
        await db.SaveChangesAsync(cancellationToken);
        versions.Add(version);
        return version.ToContract(versions);
    }
}
