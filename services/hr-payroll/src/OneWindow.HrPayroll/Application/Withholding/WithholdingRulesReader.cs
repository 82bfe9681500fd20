using Microsoft.EntityFrameworkCore;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Withholding;

/// <summary>The district's withholding rules, every span loaded, earliest first.</summary>
public sealed class WithholdingRulesReader(HrPayrollDbContext db)
{
    public async Task<V1.WithholdingRulesList> ListAsync(CancellationToken cancellationToken)
    {
        var reply = new V1.WithholdingRulesList();
        reply.Rules.AddRange((await db.WithholdingRules.AsNoTracking().OrderBy(r => r.From).ToListAsync(cancellationToken)).Select(r => r.ToContract()));
        return reply;
    }
}
