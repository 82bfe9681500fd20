using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Domain.Visits;

namespace OneWindow.SocialWork.Tests.Domain;

public sealed class VisitAndPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Theory]
    [InlineData(-2, null, null)]
    [InlineData(1, null, "visit-in-the-future")]
    [InlineData(-2, "2026-11-20", "next-visit-before-this-one")]
    [InlineData(-2, "2026-11-27", null)]
    public void A_visit_is_recorded_as_done_only_once_it_has_happened(int hoursFromNow, string? next, string? refusal)
    {
        var visitedAt = Now.AddHours(hoursFromNow);
        DateOnly? nextVisit = next is null ? null : DateOnly.Parse(next, System.Globalization.CultureInfo.InvariantCulture);

        HomeVisit Record() => HomeVisit.RecordDone(Guid.NewGuid(), Guid.NewGuid(), null, "w1", VisitPurpose.AssistanceInvestigation, visitedAt, "情况属实", nextVisit, Today, Now);

        if (refusal is null)
        {
            var visit = Record();
            Assert.Equal(VisitStatus.Done, visit.Status);
            Assert.Equal(nextVisit, visit.FollowUp(Guid.NewGuid(), Now)?.ScheduledOn);
        }
        else
        {
            Assert.Equal(refusal, Assert.Throws<DomainException>(Record).Code);
        }
    }

    [Fact]
    public void A_scheduled_visit_whose_day_has_passed_is_overdue_until_settled()
    {
        var visit = HomeVisit.Schedule(Guid.NewGuid(), Guid.NewGuid(), null, "w1", VisitPurpose.FollowUp, Today, Today, Now);

        Assert.False(visit.IsOverdue(Today));
        Assert.True(visit.IsOverdue(Today.AddDays(1)));
        visit.Miss("家中无人", Now);
        Assert.False(visit.IsOverdue(Today.AddDays(1)));
        Assert.Equal("visit-settled", Assert.Throws<DomainException>(() => visit.Complete(Now, "补访", null, Today, Now)).Code);
        Assert.Equal("scheduled-in-the-past", Assert.Throws<DomainException>(() =>
            HomeVisit.Schedule(Guid.NewGuid(), Guid.NewGuid(), null, "w1", VisitPurpose.FollowUp, Today.AddDays(-1), Today, Now)).Code);
    }

    [Fact]
    public void A_plan_counts_its_open_actions_and_links_each_policy_once()
    {
        var plan = AssistancePlan.Draft(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ["三个月内实现就业"], Today.AddDays(60), Today, "w1", Now);
        var training = plan.AddAction(Guid.NewGuid(), "报名家政服务员培训", "w1", Today.AddDays(14), Today, "w1", Now);
        var apply = plan.AddAction(Guid.NewGuid(), "申请临时救助", "户主", Today.AddDays(7), Today, "w1", Now);

        plan.SettleAction(training.Id, ActionStatus.Done, "已报名", "w1", Now);
        Assert.Equal(1, plan.OpenActions);
        Assert.Equal("reason-required", Assert.Throws<DomainException>(() => plan.SettleAction(apply.Id, ActionStatus.Dropped, null, "w1", Now)).Code);
        plan.SettleAction(apply.Id, ActionStatus.Dropped, "户主不愿申请", "w1", Now);
        Assert.Equal(0, plan.OpenActions);

        var policy = new LinkedPolicy("temporary-assistance", 1, "临时救助申请", "人均收入低于低保标准两倍", 1_000m, "w1", Now);
        plan.LinkPolicy(policy);
        Assert.Equal("policy-linked", Assert.Throws<DomainException>(() => plan.LinkPolicy(policy)).Code);
        plan.LinkResource(new LinkedResource(Guid.NewGuid(), Guid.NewGuid(), "家政服务员职业技能培训班", ResourceKind.TrainingClass, "w1", Now));
        Assert.Equal(7, plan.Revision);
    }

    [Theory]
    [InlineData(new string[0], 60, "goals-required")]
    [InlineData(new[] { "就业" }, 0, "review-date-not-future")]
    public void A_plan_needs_a_goal_and_a_review_date_after_today(string[] goals, int reviewInDays, string refusal) =>
        Assert.Equal(refusal, Assert.Throws<DomainException>(() =>
            AssistancePlan.Draft(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), goals, Today.AddDays(reviewInDays), Today, "w1", Now)).Code);
}
