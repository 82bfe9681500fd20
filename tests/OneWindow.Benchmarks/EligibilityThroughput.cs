using System.Diagnostics;
using OneWindow.DemoDistrict;
using OneWindow.PolicyLaw.Domain.Eligibility;

namespace OneWindow.Benchmarks;

/// <summary>
/// Eligibility evaluations per second: the dibao rule as policy-law runs it (parsed once by
/// System.Linq.Dynamic.Core, compiled, evaluated with the facts used and a reason to read aloud) against
/// the same condition hand-written in C#, over the demo district's households, on one thread.
/// </summary>
public static class EligibilityThroughput
{
    public static Task<Comparison> RunAsync(int evaluations, int rounds)
    {
        var households = DemoDistrictGenerator.District.Centres.SelectMany(c => c.Households)
            .Select(h => new HouseholdFacts
            {
                Age = h.Members[0].IdNumber.AgeOn(new DateOnly(2026, 11, 23)),
                LocalHukou = h.Members[0].HukouDistrict == DemoDistrictGenerator.YangpuRegion,
                HouseholdSize = h.Members.Count,
                PerCapitaIncome = h.PerCapitaMonthlyIncome,
                DisabilityGrade = h.Members.Max(m => m.DisabilityGrade ?? 0),
            })
            .ToArray();
        var rule = EligibilityRule.Compile(DemoCatalogue.Items.Single(i => i.Code == "dibao").EligibilityRule!);
        Func<HouseholdFacts, bool> handWritten = f => f.LocalHukou == true && f.PerCapitaIncome < DemoCatalogue.DibaoLine;

        var eligible = 0;
        var baseline = Measure("hand-written C# condition", rounds, evaluations, i => eligible += handWritten(households[i % households.Length]) ? 1 : 0);
        var engine = Measure("policy-law rule engine", rounds, evaluations, i => eligible += rule.Evaluate("dibao", 1, households[i % households.Length]).Outcome == EligibilityOutcome.Eligible ? 1 : 0);
        GC.KeepAlive(eligible);
        return Task.FromResult(new Comparison("Eligibility evaluations (dibao rule, with facts used and reason)", baseline, engine, "evaluations"));
    }

    private static Throughput Measure(string subject, int rounds, int evaluations, Action<int> evaluate)
    {
        var rates = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < evaluations; i++)
            {
                evaluate(i);
            }

            rates.Add(evaluations / watch.Elapsed.TotalSeconds);
        }

        rates.Sort();
        return new Throughput(subject, rates[rates.Count / 2]);
    }
}
