using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Domain.Eligibility;
using OneWindow.PolicyLaw.Persistence;
using DomainCase = OneWindow.PolicyLaw.Domain.Approval.ApprovalCase;
using HouseholdFacts = OneWindow.PolicyLaw.Domain.Eligibility.HouseholdFacts;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// A benefit's monthly amount by its item's rule for the household's facts on record: what the approver is offered and
/// what an override is measured against.
/// </summary>
public sealed class BenefitAmount(PolicyLawDbContext db, CatalogueReader catalogue)
{
    /// <summary>Whether the file's item is paid monthly, and the rule's amount (null when the facts are not on record).</summary>
    public async Task<(bool Monthly, decimal? ByRule)> OfAsync(DomainCase approval, CancellationToken cancellationToken)
    {
        var item = await catalogue.FindAsync(approval.ItemCode, cancellationToken);
        if (item.Version(approval.ItemVersion).Terms.MonthlyAmountRule is not { } rule || approval.HouseholdId is not { } household)
        {
            return (false, null);
        }

        var record = await db.HouseholdFacts.AsNoTracking().SingleOrDefaultAsync(f => f.HouseholdId == household, cancellationToken);
        if (record is null)
        {
            return (true, null);
        }

        var facts = new HouseholdFacts
        {
            Age = record.Age,
            LocalHukou = record.LocalHukou,
            HouseholdSize = record.HouseholdSize,
            PerCapitaIncome = record.PerCapitaIncome,
            DisabilityGrade = record.DisabilityGrade,
            Benefits = record.Benefits,
        };
        try
        {
            return (true, AmountRule.Compile(rule).Evaluate(facts));
        }
        catch (DomainException missing) when (missing.Code == "facts-missing")
        {
            return (true, null);
        }
    }
}
