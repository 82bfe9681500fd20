using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Time;
using OneWindow.Intake.Persistence;
using OneWindow.PolicyLaw.V1;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Acceptance;

/// <summary>
/// Whether a file's household meets the rule of the file's item version, asked when someone is about to decide it: the
/// household's facts as the register holds them today (a member added, an income changed since acceptance counts),
/// evaluated by policy-law, which owns the rule. Nothing is stored, so the answer cannot go stale. Only this centre's
/// files: row-level security keeps the others out of the query, which then answers 404.
/// </summary>
public sealed class FileEligibilityReader(IntakeDbContext db, EligibilityPrecheck eligibility, TimeProvider clock)
{
    public async Task<Contract.FileEligibility> ReadAsync(string fileId, CancellationToken cancellationToken)
    {
        var file = await FileReader.FindAsync(db, fileId, cancellationToken);
        var household = await db.Households.AsNoTracking().SingleAsync(h => h.Id == file.HouseholdId, cancellationToken);
        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == file.HouseholdId).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        // The applicant's own age and hukou, as at acceptance; one who has since left the household leaves the head's.
        var facts = household.Facts(members, today, members.FirstOrDefault(m => m.Id == file.ResidentId));

        var reply = new Contract.FileEligibility
        {
            FileId = file.Id.ToString(),
            ItemCode = file.ItemCode,
            ItemVersion = file.ItemVersion,
            FactsOn = Wire.Day(today),
            Outcome = Contract.FileEligibilityOutcome.Unavailable,
        };
        if (await eligibility.ResultAsync(file.ItemCode, file.ItemVersion, facts, cancellationToken) is not { } result)
        {
            return reply;
        }

        reply.Outcome = result.Outcome switch
        {
            EligibilityOutcome.Eligible => Contract.FileEligibilityOutcome.Eligible,
            EligibilityOutcome.NotEligible => Contract.FileEligibilityOutcome.NotEligible,
            _ => Contract.FileEligibilityOutcome.Undetermined,
        };
        reply.Rule = result.Rule;
        reply.Reason = result.Reason;
        reply.MonthlyAmount = result.MonthlyAmount;
        // In the order the rule reads them (policy-law's map keeps it), which is the order a reviewer checks them in.
        reply.Facts.AddRange(result.FactsUsed.Select(f => new Contract.EligibilityFact { Fact = f.Key, Value = f.Value }));
        reply.Clauses.AddRange(EligibilityClauses.From(result.Clauses));
        return reply;
    }
}
