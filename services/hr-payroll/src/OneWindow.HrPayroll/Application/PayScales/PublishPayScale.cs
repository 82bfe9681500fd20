using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.PayScales;

/// <summary>A district-level hr-admin publishes a new version of the pay scale, from a day after the latest version's (a raise is a new version).</summary>
public sealed class PublishPayScale(HrPayrollDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PayScale> HandleAsync(V1.PublishPayScaleRequest request, string publishedBy, CancellationToken cancellationToken)
    {
        if (!tenant.Current.DistrictWide)
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
