using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>The district changes a silent-family rule (the district standard): on or off, its parameters, its description.</summary>
public sealed class UpdateRule(SocialWorkDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Rule> HandleAsync(V1.UpdateRuleRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var record = await db.Rules.SingleOrDefaultAsync(r => r.Code == request.Code, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-rule", "There is no such silent-family rule.", "code");
        var p = request.Parameters ?? new V1.RuleParameters();
        decimal? percent = null;
        if (p.Percent is { } text)
        {
            percent = decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new DomainException(DomainErrorKind.Invalid, "invalid-rule-parameter", "percent is a number such as \"30\".", "parameters.percent");
        }

        var rule = record.ToDomain().With(
            request.Enabled,
            new RuleParameters { Days = p.Days, Months = p.Months, Count = p.Count, MinAge = p.MinAge, MaxDisabilityGrade = p.MaxDisabilityGrade, Percent = percent },
            request.Description);
        record.Enabled = rule.Enabled;
        record.Parameters = rule.Parameters;
        record.Description = rule.Description;
        record.UpdatedBy = caller.Subject;
        record.UpdatedAt = clock.GetUtcNow();
        audit.Record(new AuditEntry("update-rule", "silent-family-rule", rule.Code, JsonSerializer.Serialize(rule.Parameters, SocialWorkDbContext.DocumentJson)));
        await db.SaveAsync(cancellationToken);
        return rule.ToContract();
    }
}
