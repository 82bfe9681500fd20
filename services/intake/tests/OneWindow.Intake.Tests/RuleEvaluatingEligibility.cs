using System.Globalization;
using Grpc.Core;
using OneWindow.DemoDistrict;
using OneWindow.PolicyLaw.V1;
using Rules = OneWindow.PolicyLaw.Domain.Eligibility;

namespace OneWindow.Intake.Tests;

/// <summary>
/// policy-law's eligibility answered in-process by its own rules engine over the demo catalogue's rules, so a bundling
/// test sees the verdicts, clauses and amounts the facts intake sends would get, without running policy-law. It keeps
/// every set of facts it was asked about.
/// </summary>
public sealed class RuleEvaluatingEligibility : Eligibility.EligibilityClient
{
    private static readonly Dictionary<string, string> Names = DemoCatalogue.Items.ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);

    public List<HouseholdFacts> Asked { get; } = [];

    public override AsyncUnaryCall<FindEligibleItemsReply> FindEligibleItemsAsync(FindEligibleItemsRequest request, Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default)
    {
        lock (Asked)
        {
            Asked.Add(request.Facts);
            Asked.AddRange(request.Also);
        }

        var reply = new FindEligibleItemsReply();
        reply.Eligible.AddRange(Find(request.Facts));
        foreach (var member in request.Also)
        {
            var each = new EligibleItems();
            each.Eligible.AddRange(Find(member));
            reply.Each.Add(each);
        }

        return new AsyncUnaryCall<FindEligibleItemsReply>(Task.FromResult(reply), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override AsyncUnaryCall<EligibilityResult> EvaluateAsync(EvaluateRequest request, Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default)
    {
        var item = DemoCatalogue.Items.Single(i => i.Code == request.ItemCode);
        var facts = ToDomain(request.Facts);
        var result = item.EligibilityRule is { } rule
            ? ToContract(Rules.EligibilityRule.Compile(rule).Evaluate(item.Code, 1, facts, Names), item.MonthlyAmountRule, facts)
            : new EligibilityResult { ItemCode = item.Code, ItemVersion = 1, Outcome = EligibilityOutcome.Eligible };
        return new AsyncUnaryCall<EligibilityResult>(Task.FromResult(result), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    private static IEnumerable<EligibilityResult> Find(HouseholdFacts asked)
    {
        var facts = ToDomain(asked);
        foreach (var item in DemoCatalogue.Items.Where(i => i.EligibilityRule is not null))
        {
            var result = Rules.EligibilityRule.Compile(item.EligibilityRule!).Evaluate(item.Code, 1, facts, Names);
            if (result.Outcome == Rules.EligibilityOutcome.Eligible)
            {
                yield return ToContract(result, item.MonthlyAmountRule, facts);
            }
        }
    }

    private static EligibilityResult ToContract(Rules.EligibilityResult result, string? amountRule, Rules.HouseholdFacts facts)
    {
        var contract = new EligibilityResult
        {
            ItemCode = result.ItemCode,
            ItemVersion = 1,
            Outcome = result.Outcome switch
            {
                Rules.EligibilityOutcome.Eligible => EligibilityOutcome.Eligible,
                Rules.EligibilityOutcome.NotEligible => EligibilityOutcome.NotEligible,
                _ => EligibilityOutcome.Undetermined,
            },
            Rule = result.Rule,
            Reason = result.Reason,
        };
        contract.Clauses.AddRange(result.Clauses.Select(c => new EligibilityClause { Fact = c.Fact, Label = c.Label, Value = c.Value, Comparison = c.Comparison, Threshold = c.Threshold, Held = c.Held, Text = c.Text }));
        if (amountRule is not null && result.Outcome == Rules.EligibilityOutcome.Eligible)
        {
            contract.MonthlyAmount = Rules.AmountRule.Compile(amountRule).Evaluate(facts).ToString("0.00", CultureInfo.InvariantCulture);
        }

        return contract;
    }

    private static Rules.HouseholdFacts ToDomain(HouseholdFacts facts) => new()
    {
        Age = facts.Age,
        LocalHukou = facts.LocalHukou,
        HouseholdSize = facts.HouseholdSize,
        PerCapitaIncome = facts.PerCapitaIncome is { } income ? decimal.Parse(income, CultureInfo.InvariantCulture) : null,
        DisabilityGrade = facts.DisabilityGrade,
        ElderlyMembers = facts.ElderlyMembers,
        Benefits = [.. facts.Benefits],
    };
}
