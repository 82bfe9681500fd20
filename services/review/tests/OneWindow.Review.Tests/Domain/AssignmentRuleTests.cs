using OneWindow.Common.Vocabulary;
using OneWindow.Review.Domain.Assignment;
using OneWindow.Review.Domain.Roster;

namespace OneWindow.Review.Tests.Domain;

public sealed class AssignmentRuleTests
{
    /// <summary>
    /// A roster as text: one reviewer per entry, <c>id:skill:load[:away][:cap]</c>, skill a/b/k/-, load in effort
    /// points, <c>away</c> for someone on leave or gone, a cap other than 10.
    /// </summary>
    public static TheoryData<string, string, int, string?, AssignmentReason?> Rosters => new()
    {
        { "A present and under the cap gets the file", "ra:a:0 rb:b:0 rk:k:0", 1, "ra", AssignmentReason.A },
        { "A on leave: the B", "ra:a:0:away rb:b:0 rk:k:0", 1, "rb", AssignmentReason.B },
        { "A at the cap: the B, though A knows it best", "ra:a:10 rb:b:3 rk:k:0", 1, "rb", AssignmentReason.B },
        { "A and B away: the least-loaded knower", "ra:a:0:away rb:b:0:away rk1:k:6 rk2:k:2", 1, "rk2", AssignmentReason.Load },
        { "A and B both at their caps: the knower with room", "ra:a:10 rb:b:9 rk:k:9:x:20", 2, "rk", AssignmentReason.Load },
        { "Everyone who knows it is over the cap: still the least loaded, never a queue", "ra:a:12 rb:b:11 rk:k:14", 1, "rb", AssignmentReason.Load },
        { "Nobody who knows the item is here: the head's list", "ra:a:0:away rb:b:0:away rx:-:0", 1, null, null },
        { "Someone who does not know the item never gets it", "rx:-:0 ry:-:0", 1, null, null },
        { "Load is compared to capacity: 8 of 20 is lighter than 5 of 10", "ra:a:0:away rk1:k:5:x:10 rk2:k:8:x:20", 1, "rk2", AssignmentReason.Load },
        { "Equal loads: the lower staff id, so the rule is deterministic", "ra:a:0:away rk2:k:3 rk1:k:3", 1, "rk1", AssignmentReason.Load },
        { "Two As: the less loaded one", "ra1:a:4 ra2:a:2 rb:b:0", 1, "ra2", AssignmentReason.A },
        { "Heavy file: A fits only if the effort fits", "ra:a:8 rb:b:0", 3, "rb", AssignmentReason.B },
    };

    [Theory]
    [MemberData(nameof(Rosters))]
    public void The_AB_rule_picks_the_reviewer_the_table_says(string because, string roster, int effort, string? expected, AssignmentReason? reason)
    {
        var decision = AssignmentRule.Choose(Parse(roster), effort);

        Assert.True(expected == decision.StaffId, $"{because}: expected {expected ?? "nobody"}, got {decision.StaffId ?? "nobody"}");
        Assert.Equal(reason, decision.Reason);
    }

    [Theory]
    [InlineData(ItemKind.Routed, 5, 1)]
    [InlineData(ItemKind.Routed, 10, 1)]
    [InlineData(ItemKind.Routed, 15, 2)]
    [InlineData(ItemKind.Routed, 20, 2)]
    [InlineData(ItemKind.Routed, 30, 3)]
    [InlineData(ItemKind.Routed, 60, 3)]
    [InlineData(ItemKind.Joint, 7, 2)]
    [InlineData(ItemKind.Joint, 30, 4)]
    public void Effort_follows_the_time_limit_and_joint_items_weigh_one_more(ItemKind kind, int workingDays, int effort) =>
        Assert.Equal(effort, ItemEffort.Of(kind, workingDays));

    [Fact]
    public void A_batch_sees_its_own_choices_so_a_burst_of_files_spreads_over_the_knowers()
    {
        var day = new DateOnly(2026, 11, 23);
        var staff = new[] { Member("ra", asA: ["x"]), Member("rb", asB: ["x"]), Member("rk1", known: ["x"]), Member("rk2", known: ["x"]) };
        var snapshot = new RosterSnapshot(staff, [], new Dictionary<string, int>(), day, defaultCapacity: 4);

        var holders = Enumerable.Range(0, 16).Select(_ =>
        {
            var decision = snapshot.Choose("x", 1);
            snapshot.Move(null, decision.StaffId, 1);
            return decision.StaffId;
        }).ToList();

        // A fills to its cap first, then B, then the knowers in turn.
        Assert.Equal(["ra", "ra", "ra", "ra", "rb", "rb", "rb", "rb"], holders.Take(8));
        Assert.All(new[] { "ra", "rb", "rk1", "rk2" }, r => Assert.Equal(4, snapshot.LoadOf(r)));
    }

    [Fact]
    public void Nobody_on_leave_today_or_past_their_last_day_is_available_and_the_head_is_found_among_those_here()
    {
        var day = new DateOnly(2026, 11, 23);
        var gone = Member("gone", asA: ["x"]);
        gone.Leave(day.AddDays(-1));
        var head = Member("head", roles: ["head", "reviewer"]);
        var staff = new[] { Member("away", asA: ["x"]), gone, Member("here", known: ["x"]), head };
        var leave = new[] { LeavePeriod.Approved(Guid.NewGuid(), "away", day, day.AddDays(2)), LeavePeriod.Approved(Guid.NewGuid(), "here", day.AddDays(1), day.AddDays(3)) };

        var snapshot = new RosterSnapshot(staff, leave, new Dictionary<string, int>(), day, 10);

        Assert.False(snapshot.IsAvailable("away"));
        Assert.False(snapshot.IsAvailable("gone"));
        Assert.True(snapshot.IsAvailable("here"));
        Assert.Equal("here", snapshot.Choose("x", 1).StaffId);
        Assert.Equal("head", snapshot.AvailableHead);
    }

    public static Reviewer Member(string id, string[]? asA = null, string[]? asB = null, string[]? known = null, string[]? roles = null)
    {
        var reviewer = Reviewer.For(id);
        reviewer.ChangePost(Department.FirstReview, roles ?? ["reviewer"], DateTimeOffset.UnixEpoch);
        reviewer.ChangeSkills(asA ?? [], asB ?? [], known ?? [], DateTimeOffset.UnixEpoch);
        return reviewer;
    }

    private static IEnumerable<Candidate> Parse(string roster) =>
        roster.Split(' ').Select(entry =>
        {
            var parts = entry.Split(':');
            var skill = parts[1] switch { "a" => Skill.A, "b" => Skill.B, "k" => Skill.Known, _ => Skill.None };
            return new Candidate(parts[0], skill, parts.Length < 4 || parts[3] != "away", int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
                parts.Length == 5 ? int.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture) : 10);
        });
}
