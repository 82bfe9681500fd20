using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Tests.Domain;

public sealed class CaseStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Every pair of statuses and whether a case may step from one to the other.</summary>
    public static TheoryData<CaseStatus, CaseStatus, bool> Transitions()
    {
        HashSet<(CaseStatus, CaseStatus)> allowed =
        [
            (CaseStatus.Intake, CaseStatus.Assessment), (CaseStatus.Assessment, CaseStatus.Plan), (CaseStatus.Plan, CaseStatus.InProgress),
            (CaseStatus.InProgress, CaseStatus.Review), (CaseStatus.Review, CaseStatus.InProgress), (CaseStatus.Review, CaseStatus.Plan),
            (CaseStatus.Review, CaseStatus.Closed), (CaseStatus.Intake, CaseStatus.Closed), (CaseStatus.Assessment, CaseStatus.Closed),
        ];
        var data = new TheoryData<CaseStatus, CaseStatus, bool>();
        foreach (var from in Enum.GetValues<CaseStatus>())
        {
            foreach (var to in Enum.GetValues<CaseStatus>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void A_case_steps_only_along_the_allowed_transitions(CaseStatus from, CaseStatus to, bool allowed) =>
        Assert.Equal(allowed, CaseTransitions.IsAllowed(from, to));

    [Theory]
    [InlineData(CaseStatus.Assessment, CaseStatus.Intake)]
    [InlineData(CaseStatus.Intake, CaseStatus.Plan)]
    [InlineData(CaseStatus.Plan, CaseStatus.Review)]
    [InlineData(CaseStatus.InProgress, CaseStatus.Plan)]
    public void A_forbidden_step_is_refused_naming_where_the_case_may_go(CaseStatus at, CaseStatus to)
    {
        var socialCase = CaseAt(at);

        var refusal = Assert.Throws<DomainException>(() => socialCase.MoveTo(to, "w1", Now, null, planActions: 1));

        Assert.Equal("transition-not-allowed", refusal.Code);
        Assert.Equal(DomainErrorKind.RuleViolated, refusal.Kind);
        Assert.Equal(at, socialCase.Status);
        Assert.Contains(string.Join(", ", CaseTransitions.From(at)), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_step_records_who_and_when()
    {
        var socialCase = CaseAt(CaseStatus.Review);

        Assert.Equal(
            [(CaseStatus.Intake, CaseStatus.Assessment), (CaseStatus.Assessment, CaseStatus.Plan), (CaseStatus.Plan, CaseStatus.InProgress), (CaseStatus.InProgress, CaseStatus.Review)],
            socialCase.Steps.Select(s => (s.From, s.To)));
        Assert.All(socialCase.Steps, s => Assert.Equal("w1", s.By));
    }

    [Fact]
    public void A_case_is_not_put_in_progress_without_a_plan_action()
    {
        var socialCase = CaseAt(CaseStatus.Plan);

        Assert.Equal("plan-required", Assert.Throws<DomainException>(() => socialCase.MoveTo(CaseStatus.InProgress, "w1", Now, null, planActions: 0)).Code);
    }

    [Theory]
    [InlineData(CaseStatus.Review, ClosureReason.GoalsAchieved, 0, null)]
    [InlineData(CaseStatus.Intake, ClosureReason.Declined, 0, null)]
    [InlineData(CaseStatus.Assessment, ClosureReason.MovedAway, 0, null)]
    [InlineData(CaseStatus.Review, null, 0, "closure-reason-required")]
    [InlineData(CaseStatus.Review, ClosureReason.NoLongerInNeed, 2, "open-actions")]
    [InlineData(CaseStatus.Assessment, ClosureReason.GoalsAchieved, 0, "no-goals-yet")]
    [InlineData(CaseStatus.InProgress, ClosureReason.Declined, 0, "transition-not-allowed")]
    [InlineData(CaseStatus.Plan, ClosureReason.Deceased, 0, "transition-not-allowed")]
    public void Closing_needs_a_reason_no_open_actions_and_a_review_for_goals_achieved(CaseStatus at, ClosureReason? reason, int openActions, string? refusal)
    {
        var socialCase = CaseAt(at);

        if (refusal is null)
        {
            socialCase.Close(reason, "结案", openActions, "w1", Now);
            Assert.Equal(CaseStatus.Closed, socialCase.Status);
            Assert.Equal(reason, socialCase.ClosureReason);
            Assert.Equal(Now, socialCase.ClosedAt);
        }
        else
        {
            Assert.Equal(refusal, Assert.Throws<DomainException>(() => socialCase.Close(reason, null, openActions, "w1", Now)).Code);
            Assert.Equal(at, socialCase.Status);
        }
    }

    [Fact]
    public void A_closed_case_takes_no_more_steps_workers_or_notes()
    {
        var socialCase = CaseAt(CaseStatus.Review);
        socialCase.Close(ClosureReason.GoalsAchieved, null, 0, "w1", Now);

        Assert.Equal("case-closed", Assert.Throws<DomainException>(() => socialCase.MoveTo(CaseStatus.InProgress, "w1", Now, null, 1)).Code);
        Assert.Equal("case-closed", Assert.Throws<DomainException>(() => socialCase.AssignWorker("w2", Now)).Code);
        Assert.Equal("case-closed", Assert.Throws<DomainException>(() => CaseNote.Write(Guid.NewGuid(), socialCase, false, "x", "w1", Now)).Code);
    }

    [Fact]
    public void A_closed_case_refuses_a_plan_or_a_visit_and_an_open_one_lets_them_through()
    {
        var open = CaseAt(CaseStatus.Assessment);
        var closed = CaseAt(CaseStatus.Assessment);
        closed.Close(ClosureReason.Declined, null, 0, "w1", Now);

        open.EnsureOpen();
        var refusal = Assert.Throws<DomainException>(closed.EnsureOpen);
        Assert.Equal("case-closed", refusal.Code);
        Assert.Equal(DomainErrorKind.Conflict, refusal.Kind);
        Assert.Equal("caseId", refusal.Field);
    }

    [Theory]
    [InlineData("w1", false, true)]
    [InlineData("w2", false, true)]
    [InlineData("w3", false, false)]
    [InlineData("w3", true, true)]
    public void Sensitive_notes_are_for_the_cases_workers_and_the_head(string staffId, bool head, bool maySee)
    {
        var socialCase = CaseAt(CaseStatus.Intake);
        socialCase.AssignWorker("w2", Now);

        Assert.Equal(maySee, socialCase.MaySeeSensitiveNotes(staffId, head));
    }

    [Fact]
    public void Accepting_a_referral_opens_a_case_that_remembers_where_it_came_from()
    {
        var referral = Referral.Receive(Guid.NewGuid(), Guid.NewGuid(), ReferralSource.ApplicationRejected, "dibao", Guid.NewGuid(), "最低生活保障申请被驳回", "system:policy-law", Now);

        var socialCase = referral.Accept(Guid.NewGuid(), "w1", "w1", Now);

        Assert.Equal(CaseOrigin.ApplicationRejected, socialCase.Origin);
        Assert.Equal(referral.Id, socialCase.OriginId);
        Assert.Equal(ReferralStatus.Accepted, referral.Status);
        Assert.Equal("referral-decided", Assert.Throws<DomainException>(() => referral.Decline("重复", "w2", Now)).Code);
    }

    internal static SocialCase CaseAt(CaseStatus status)
    {
        var socialCase = SocialCase.Open(Guid.NewGuid(), Guid.NewGuid(), CaseOrigin.SocialWorker, null, "困难家庭", "w1", "w1", Now);
        CaseStatus[] path = [CaseStatus.Assessment, CaseStatus.Plan, CaseStatus.InProgress, CaseStatus.Review];
        foreach (var step in path.TakeWhile(_ => socialCase.Status != status))
        {
            socialCase.MoveTo(step, "w1", Now, null, planActions: 1);
        }

        return socialCase;
    }
}
