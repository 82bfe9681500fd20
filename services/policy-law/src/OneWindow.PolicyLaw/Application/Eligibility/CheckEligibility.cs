using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.Domain.Eligibility;
using HouseholdFacts = OneWindow.PolicyLaw.Domain.Eligibility.HouseholdFacts;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using Contract = OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Eligibility;

/// <summary>Evaluates the rule of one item version, or of every item in force, for a household's facts.</summary>
public sealed class CheckEligibility(PolicyLawDbContext db, CatalogueReader reader, FactDefinitions definitions, TimeProvider clock)
{
    public async Task<Contract.EligibilityResult> EvaluateAsync(EvaluateRequest request, CancellationToken cancellationToken)
    {
        var item = await reader.FindAsync(request.ItemCode, cancellationToken);
        var version = request.ItemVersion is { } v
            ? item.Version(v)
            : item.VersionOn(ChinaTime.Today(clock))
              ?? throw new DomainException(DomainErrorKind.NotFound, "item-not-in-force", $"Item '{item.Code}' has no version in force yet.", "itemCode");
        return Evaluate(version, ToDomain(request.Facts), await ItemNamesAsync(cancellationToken), await definitions.DefinedAsync(cancellationToken));
    }

    /// <summary>
    /// The items in force each set of facts qualifies for: the request's own, and each of <c>also</c> (every member of a
    /// household on their own facts) against the same catalogue read, so a whole household is one round trip.
    /// </summary>
    public async Task<FindEligibleItemsReply> FindAsync(FindEligibleItemsRequest request, CancellationToken cancellationToken)
    {
        var facts = ToDomain(request.Facts);
        var also = request.Also.Select(ToDomain).ToList();
        var today = ChinaTime.Today(clock);
        var items = await db.ServiceItems.AsNoTracking().ToListAsync(cancellationToken);
        var names = Names(items);
        var defined = await definitions.DefinedAsync(cancellationToken);
        var versions = items.Select(i => i.VersionOn(today)).OfType<ServiceItemVersion>().Where(v => v.Terms.EligibilityRule is not null).ToList();

        var own = Find(versions, facts, names, defined);
        var reply = new FindEligibleItemsReply();
        reply.Eligible.AddRange(own.Eligible);
        reply.Undetermined.AddRange(own.Undetermined);
        reply.Each.AddRange(also.Select(member => Find(versions, member, names, defined)));
        return reply;
    }

    private static EligibleItems Find(IEnumerable<ServiceItemVersion> versions, HouseholdFacts facts, IReadOnlyDictionary<string, string> names,
        IReadOnlyCollection<Domain.Eligibility.FactDefinition> defined)
    {
        var found = new EligibleItems();
        foreach (var version in versions)
        {
            var result = Evaluate(version, facts, names, defined);
            if (result.Outcome == Contract.EligibilityOutcome.Eligible)
            {
                found.Eligible.Add(result);
            }
            else if (result.Outcome == Contract.EligibilityOutcome.Undetermined)
            {
                found.Undetermined.Add(result);
            }
        }

        return found;
    }

    /// <summary>The names of the items in force, for the clauses that ask whether a household holds one.</summary>
    private async Task<IReadOnlyDictionary<string, string>> ItemNamesAsync(CancellationToken cancellationToken) =>
        Names(await db.ServiceItems.AsNoTracking().ToListAsync(cancellationToken));

    private static Dictionary<string, string> Names(IEnumerable<Domain.Catalogue.ServiceItem> items) =>
        items.ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);

    public static Contract.EligibilityResult Evaluate(ServiceItemVersion version, HouseholdFacts facts, IReadOnlyDictionary<string, string>? itemNames = null,
        IReadOnlyCollection<Domain.Eligibility.FactDefinition>? defined = null)
    {
        var result = version.Terms.EligibilityRule is { } rule
            ? EligibilityRule.Compile(rule, defined: defined).Evaluate(version.ItemCode, version.Version, facts, itemNames)
            : new Domain.Eligibility.EligibilityResult(version.ItemCode, version.Version, Domain.Eligibility.EligibilityOutcome.Eligible, string.Empty,
                new Dictionary<string, object?>(), "本事项无资格条件，凡申请即可受理。", []);
        var contract = new Contract.EligibilityResult
        {
            ItemCode = result.ItemCode,
            ItemVersion = result.ItemVersion,
            Outcome = result.Outcome switch
            {
                Domain.Eligibility.EligibilityOutcome.Eligible => Contract.EligibilityOutcome.Eligible,
                Domain.Eligibility.EligibilityOutcome.NotEligible => Contract.EligibilityOutcome.NotEligible,
                _ => Contract.EligibilityOutcome.Undetermined,
            },
            Rule = result.Rule,
            Reason = result.Reason,
        };
        contract.Clauses.AddRange(result.Clauses.Select(c => new Contract.EligibilityClause
        {
            Fact = c.Fact,
            Label = c.Label,
            Value = c.Value,
            Comparison = c.Comparison,
            Threshold = c.Threshold,
            Held = c.Held,
            Text = c.Text,
        }));
        foreach (var (fact, value) in result.FactsUsed)
        {
            contract.FactsUsed[fact] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        if (result.Outcome == Domain.Eligibility.EligibilityOutcome.Eligible
            && version.Terms.MonthlyAmountRule is { } amount
            && facts.Missing(AmountRule.Compile(amount).Facts).Any() is false)
        {
            contract.MonthlyAmount = AmountRule.Compile(amount).Evaluate(facts).ToString("0.00", CultureInfo.InvariantCulture);
        }

        return contract;
    }

    public static HouseholdFacts ToDomain(Contract.HouseholdFacts? facts)
    {
        if (facts is null)
        {
            throw new DomainException(DomainErrorKind.Invalid, "facts-required", "facts are required.", "facts");
        }

        decimal? income = null;
        if (facts.PerCapitaIncome is { } text)
        {
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || decimal.Round(parsed, 2) != parsed)
            {
                throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", "perCapitaIncome is a non-negative amount in yuan with at most two decimals, e.g. \"1234.50\".", "facts.perCapitaIncome");
            }

            income = parsed;
        }

        return new HouseholdFacts
        {
            Age = facts.Age,
            LocalHukou = facts.LocalHukou,
            HouseholdSize = facts.HouseholdSize,
            PerCapitaIncome = income,
            DisabilityGrade = facts.DisabilityGrade,
            ElderlyMembers = facts.ElderlyMembers,
            Benefits = [.. facts.Benefits],
        };
    }
}
