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
    /// <summary>
    /// Whether the file's item is paid monthly, the rule's amount (null when the facts are not on record) and the
    /// item's limit above which the director confirms an amount (null: none).
    /// </summary>
    public async Task<(bool Monthly, decimal? ByRule, decimal? ConfirmAbove)> OfAsync(DomainCase approval, CancellationToken cancellationToken)
    {
        var item = await catalogue.FindAsync(approval.ItemCode, cancellationToken);
        var terms = item.Version(approval.ItemVersion).Terms;
        if (terms.MonthlyAmountRule is not { } rule || approval.HouseholdId is not { } household)
        {
            return (false, null, null);
        }

        var record = await db.HouseholdFacts.AsNoTracking().SingleOrDefaultAsync(f => f.HouseholdId == household, cancellationToken);
        if (record is null)
        {
            return (true, null, terms.DirectorConfirmAbove);
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
            return (true, AmountRule.Compile(rule).Evaluate(facts), terms.DirectorConfirmAbove);
        }
        catch (DomainException missing) when (missing.Code == "facts-missing")
        {
            return (true, null, terms.DirectorConfirmAbove);
        }
    }
}
