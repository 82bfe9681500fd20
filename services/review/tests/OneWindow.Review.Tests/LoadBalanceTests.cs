using System.Globalization;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.Review.Domain.Assignment;
using OneWindow.Review.Domain.Roster;

namespace OneWindow.Review.Tests;

public sealed class LoadBalanceTests(ITestOutputHelper output)
{
    [Fact]
    public void A_batch_of_1000_files_over_the_demo_roster_spreads_the_weighted_load_evenly()
    {
        var centre = DemoDistrictGenerator.District.Centre("jiangpu");
        var roster = DemoRoster(centre);
        var items = DemoCatalogue.Items.Where(i => i.Kind is "routed" or "joint").ToList();
        var snapshot = new RosterSnapshot(roster, [], new Dictionary<string, int>(), new DateOnly(2026, 11, 23), defaultCapacity: 40);
        var random = new Random(20_261_123);
        var counts = roster.ToDictionary(r => r.StaffId, _ => 0, StringComparer.Ordinal);
        var unassigned = 0;

        for (var n = 0; n < 1_000; n++)
        {
            var item = items[random.Next(items.Count)];
            var effort = ItemEffort.Of(item.Kind == "joint" ? ItemKind.Joint : ItemKind.Routed, item.TimeLimitWorkingDays);
            var decision = snapshot.Choose(item.Code, effort);
            if (decision.StaffId is { } staffId)
            {
                snapshot.Move(null, staffId, effort);
                counts[staffId]++;
            }
            else
            {
                unassigned++;
            }
        }

        var loads = roster.Select(r => snapshot.LoadOf(r.StaffId)).ToList();
        var mean = loads.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"1,000 files over {roster.Count} reviewers: effort load min {loads.Min()}, max {loads.Max()}, mean {mean:0.0}, spread {loads.Max() - loads.Min()} ({(loads.Max() - loads.Min()) / mean:P1} of the mean); files per reviewer {counts.Values.Min()}-{counts.Values.Max()}; unassigned {unassigned}"));
        foreach (var reviewer in roster)
        {
            output.WriteLine($"  {reviewer.StaffId}: {counts[reviewer.StaffId]} files, {snapshot.LoadOf(reviewer.StaffId)} points");
        }

        Assert.Equal(0, unassigned);
        // Every item has three people who know it, so the balance is exact only up to a heavy file or two.
        Assert.True(loads.Max() - loads.Min() <= 8, $"spread {loads.Max() - loads.Min()}");
    }

    /// <summary>The demo centre's reviewers with the skills matrix hr-payroll seeds: item i's A is reviewer i mod n, its B the next, and the one after knows it.</summary>
    public static List<Reviewer> DemoRoster(Centre centre)
    {
        var reviewers = centre.Staff.Where(s => s.Roles.Contains("reviewer")).Select(s => s.StaffId).Order(StringComparer.Ordinal).ToList();
        var items = DemoCatalogue.Items.Where(i => i.Kind is "routed" or "joint").Select(i => i.Code).ToList();
        var skills = reviewers.ToDictionary(r => r, _ => (A: new List<string>(), B: new List<string>(), Known: new List<string>()), StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            skills[reviewers[i % reviewers.Count]].A.Add(items[i]);
            skills[reviewers[(i + 1) % reviewers.Count]].B.Add(items[i]);
            skills[reviewers[(i + 2) % reviewers.Count]].Known.Add(items[i]);
        }

        return [.. centre.Staff.Where(s => s.Roles.Contains("reviewer")).Select(s =>
        {
            var reviewer = Reviewer.For(s.StaffId);
            reviewer.ChangePost(Department.FirstReview, s.Roles, DateTimeOffset.UnixEpoch);
            reviewer.ChangeSkills(skills[s.StaffId].A, skills[s.StaffId].B, skills[s.StaffId].Known, DateTimeOffset.UnixEpoch);
            return reviewer;
        })];
    }
}
