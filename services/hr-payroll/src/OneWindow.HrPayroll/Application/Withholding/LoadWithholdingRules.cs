using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Withholding;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Withholding;

/// <summary>A district-level hr-admin loads the city's withholding figures for a span of months, as the city announces them.</summary>
public sealed class LoadWithholdingRules(HrPayrollDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.WithholdingRules> HandleAsync(V1.LoadWithholdingRulesRequest request, string loadedBy, CancellationToken cancellationToken)
    {
        if (tenant.Current.CentreCode is not null)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "district-only", "The withholding rules are the district's: only district-level hr-admin loads them.");
        }

        WithholdingRules rules;
        try
        {
            rules = JsonSerializer.Deserialize<WithholdingRules>(request.RulesJson, HrPayrollDbContext.DocumentJson)
                ?? throw new DomainException(DomainErrorKind.Invalid, "rules-required", "rulesJson is required.", "rulesJson");
        }
        catch (JsonException exception)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-rules", $"rulesJson does not read as withholding rules: {exception.Message}", "rulesJson");
        }

        var from = Wire.FirstDay(request.From, "from");
        var to = Wire.FirstDay(request.To, "to");
        var versions = await db.WithholdingRules.ToListAsync(cancellationToken);
        var version = WithholdingRulesVersion.Load(versions, from, to, rules, loadedBy, clock.GetUtcNow());
        db.WithholdingRules.Add(version);
        audit.Record(new AuditEntry("load-withholding-rules", "withholding-rules", request.From, $"{request.From} to {request.To}"));
        await db.SaveChangesAsync(cancellationToken);
        return version.ToContract();
    }
}
