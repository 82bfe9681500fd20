using OneWindow.Common.Calendar;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Domain.Roster;

namespace OneWindow.Review.Tests.Domain;

public sealed class ReviewFileTests
{
    private static readonly DateTimeOffset Monday = ChinaTime.StartOfDay(new DateOnly(2026, 11, 23)).AddHours(9);
    private static readonly ItemTerms Ordinary = new(false, null, ["id-card", "hukou-book", "bank-card"]);
    private static readonly ItemTerms TimeLimited = new(true, "sup-1", ["id-card", "income-proof"]);
    private static readonly ReturnIssue[] BankCardMissing = [new("bank-card", IssueKind.Missing, null)];

    [Fact]
    public void Two_returns_are_allowed_and_the_third_is_refused_so_the_file_must_be_decided_or_escalated()
    {
        var file = Assigned("r1");
        for (var round = 1; round <= ReviewFile.MaxReturns; round++)
        {
            file.Return("r1", false, Monday.AddDays(round), BankCardMissing, Ordinary.MaterialCodes);
            Assert.True(file.ReceiveSupplement(round, ["bank-card"], Monday.AddDays(round).AddHours(2), WorkingDayCalendar.China));
        }

        var third = Assert.Throws<DomainException>(() => file.Return("r1", false, Monday.AddDays(5), BankCardMissing, Ordinary.MaterialCodes));

        Assert.Equal("return-limit-reached", third.Code);
        Assert.Equal(DomainErrorKind.RuleViolated, third.Kind);
        Assert.Equal(2, file.Returns);
        Assert.Equal(FileStatus.InReview, file.Status);
        file.Escalate("r1", Monday.AddDays(5), "两次补正后仍有疑问");
        Assert.Equal("escalated-to-head", Assert.Throws<DomainException>(() => file.Reject("r1", false, Monday.AddDays(5), "x")).Code);
        Assert.Equal("return-limit-reached", Assert.Throws<DomainException>(() => file.Return("head", true, Monday.AddDays(5), BankCardMissing, Ordinary.MaterialCodes)).Code);
        file.Pass("head", true, Monday.AddDays(6), Ordinary, jointRepliesPending: false, note: null);
        Assert.Equal(FileStatus.Passed, file.Status);
        Assert.Equal("head", file.DecidedBy);
    }

    [Fact]
    public void A_head_moves_a_file_by_hand_only_while_a_reviewer_holds_it()
    {
        var inReview = Assigned("r1");
        var waiting = Assigned("r1");
        waiting.Return("r1", false, Monday.AddHours(1), BankCardMissing, Ordinary.MaterialCodes);
        var escalated = Assigned("r1");
        escalated.Escalate("r1", Monday.AddHours(1), "需部长决定");
        var rejected = Assigned("r1");
        rejected.Reject("r1", false, Monday.AddHours(1), "不符合条件");

        inReview.RequireReassignable();
        waiting.RequireReassignable();
        Assert.Equal("escalated-to-head", Assert.Throws<DomainException>(escalated.RequireReassignable).Code);
        Assert.Equal("file-closed", Assert.Throws<DomainException>(rejected.RequireReassignable).Code);
    }

    [Fact]
    public void Only_the_holder_of_an_open_file_records_on_it_and_a_closed_file_refuses_everyone()
    {
        var held = Assigned("r1");
        var waiting = Assigned("r1");
        waiting.Return("r1", false, Monday.AddHours(1), BankCardMissing, Ordinary.MaterialCodes);
        var rejected = Assigned("r1");
        rejected.Reject("r1", false, Monday.AddHours(1), "不符合条件");

        held.RequireHolder("r1");
        waiting.RequireHolder("r1");
        var other = Assert.Throws<DomainException>(() => held.RequireHolder("r2"));
        Assert.Equal("not-your-file", other.Code);
        Assert.Equal(DomainErrorKind.Forbidden, other.Kind);
        var closed = Assert.Throws<DomainException>(() => rejected.RequireHolder("r1"));
        Assert.Equal("file-closed", closed.Code);
        Assert.Equal(DomainErrorKind.Conflict, closed.Kind);
    }

    public static TheoryData<string, ReturnIssue[], string> BadReturns => new()
    {
        { "nothing listed", [], "issues-required" },
        { "a material the guide does not name", [new("passport", IssueKind.Missing, null)], "unknown-material" },
        { "the same material twice", [new("bank-card", IssueKind.Missing, null), new("bank-card", IssueKind.Wrong, "过期")], "duplicate-material" },
        { "wrong without saying what", [new("id-card", IssueKind.Wrong, " ")], "note-required" },
        { "a note longer than 200", [new("id-card", IssueKind.Wrong, new string('字', 201))], "note-too-long" },
    };

    [Theory]
    [MemberData(nameof(BadReturns))]
    public void A_return_names_exactly_what_is_missing_or_wrong(string because, ReturnIssue[] issues, string code)
    {
        var file = Assigned("r1");

        var refused = Assert.Throws<DomainException>(() => file.Return("r1", false, Monday, issues, Ordinary.MaterialCodes));

        Assert.True(code == refused.Code, because);
        Assert.Equal(0, file.Returns);
        Assert.Equal(FileStatus.InReview, file.Status);
    }

    [Theory]
    [InlineData("r2", false, "not-your-file")]
    [InlineData("head", true, "not-your-file")]
    public void Only_the_holder_decides_a_file_in_review(string staffId, bool isHead, string code)
    {
        var file = Assigned("r1");

        var refused = Assert.Throws<DomainException>(() => file.Pass(staffId, isHead, Monday, Ordinary, false, null));

        Assert.Equal(code, refused.Code);
        Assert.Equal(DomainErrorKind.Forbidden, refused.Kind);
    }

    [Fact]
    public void A_time_limited_file_passes_only_after_the_named_supervisors_recheck_and_never_by_its_reviewer()
    {
        var file = Assigned("r1");

        Assert.Equal("recheck-required", Assert.Throws<DomainException>(() => file.Pass("r1", false, Monday, TimeLimited, false, null)).Code);
        Assert.Equal("not-the-named-supervisor", Assert.Throws<DomainException>(() => file.RecordRecheck("sup-2", Monday, TimeLimited)).Code);
        Assert.Equal("separation-of-duties", Assert.Throws<DomainException>(() => file.RecordRecheck("r1", Monday, TimeLimited with { SupervisorStaffId = null })).Code);
        Assert.Equal("recheck-not-required", Assert.Throws<DomainException>(() => file.RecordRecheck("sup-1", Monday, Ordinary)).Code);
        file.RecordRecheck("sup-1", Monday, TimeLimited);
        file.Pass("r1", false, Monday.AddHours(1), TimeLimited, false, "材料齐全");

        Assert.Equal(ReviewOutcome.Passed, file.Outcome);
    }

    [Fact]
    public void A_return_clears_the_recheck_because_the_supervisor_saw_other_materials()
    {
        var file = Assigned("r1");
        file.RecordRecheck("sup-1", Monday, TimeLimited);

        file.Return("r1", false, Monday, [new("income-proof", IssueKind.Wrong, "收入证明未盖章")], TimeLimited.MaterialCodes);
        file.ReceiveSupplement(1, ["income-proof"], Monday.AddDays(1), WorkingDayCalendar.China);

        Assert.Null(file.RecheckedBy);
        Assert.Equal("recheck-required", Assert.Throws<DomainException>(() => file.Pass("r1", false, Monday.AddDays(1), TimeLimited, false, null)).Code);
    }

    [Fact]
    public void While_the_file_waits_for_the_resident_the_clock_stands_still_and_nothing_is_decided()
    {
        var file = Assigned("r1");
        var deadline = file.Deadline;
        file.Return("r1", false, Monday, BankCardMissing, Ordinary.MaterialCodes);
        var longAfter = deadline.AddDays(3);

        Assert.False(file.IsOverdue(longAfter));
        Assert.False(file.WarningDue(longAfter));
        Assert.Equal("awaiting-supplement", Assert.Throws<DomainException>(() => file.Pass("r1", false, Monday, Ordinary, false, null)).Code);
        Assert.False(file.ReceiveSupplement(2, ["bank-card"], Monday.AddDays(2), WorkingDayCalendar.China));
        Assert.True(file.ReceiveSupplement(1, ["bank-card"], Monday.AddDays(2), WorkingDayCalendar.China));
        Assert.False(file.ReceiveSupplement(1, ["bank-card"], Monday.AddDays(2), WorkingDayCalendar.China));
        // Tuesday and Wednesday stood still: the deadline and its warning move two working days on.
        Assert.Equal(ChinaTime.EndOfDay(WorkingDayCalendar.China.AddWorkingDays(DateOnly.FromDateTime(ChinaTime.ToChina(deadline).DateTime), 2)), file.Deadline);
        Assert.Equal(file.Deadline - file.WarningLead, file.WarnAt);
    }

    [Fact]
    public void The_warning_comes_once_before_the_deadline_and_the_overdue_alarm_once_after()
    {
        var file = Assigned("r1");

        Assert.False(file.WarningDue(file.WarnAt.AddMinutes(-1)));
        Assert.True(file.WarningDue(file.WarnAt));
        file.MarkWarningSent();
        Assert.False(file.WarningDue(file.WarnAt.AddHours(1)));
        Assert.False(file.OverdueDue(file.Deadline));
        Assert.True(file.OverdueDue(file.Deadline.AddSeconds(1)));
        file.MarkOverdueSent();
        Assert.False(file.OverdueDue(file.Deadline.AddDays(1)));
    }

    [Fact]
    public void Approval_can_send_a_passed_file_back_once_per_decision_and_completion_closes_it()
    {
        var file = Assigned("r1");
        file.Pass("r1", false, Monday, Ordinary, false, null);

        Assert.True(file.ReturnFromApproval("收入核算有误", Monday.AddDays(1)));
        Assert.False(file.ReturnFromApproval("收入核算有误", Monday.AddDays(1)));
        Assert.Equal(FileStatus.InReview, file.Status);
        Assert.False(file.Complete());
        file.Pass("r1", false, Monday.AddDays(2), Ordinary, false, null);
        Assert.True(file.Complete());
        Assert.Equal("file-closed", Assert.Throws<DomainException>(() => file.Reject("r1", false, Monday.AddDays(3), "x")).Code);
        Assert.Equal("file-closed", Assert.Throws<DomainException>(() => file.AssignTo("r2", AssignmentReason.ByHand, Monday)).Code);
    }

    [Fact]
    public void A_joint_file_does_not_pass_while_an_outside_department_has_not_replied()
    {
        var file = Assigned("r1");

        Assert.Equal("joint-replies-pending", Assert.Throws<DomainException>(() => file.Pass("r1", false, Monday, Ordinary, jointRepliesPending: true, null)).Code);
    }

    [Fact]
    public void A_leave_that_ended_before_its_start_arrived_is_never_started()
    {
        var leave = LeavePeriod.EndedBeforeKnown(Guid.NewGuid(), "r1");

        Assert.False(leave.Start(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 25)));
        Assert.False(leave.Covers(new DateOnly(2026, 11, 24)));
        Assert.Equal("leave-ends-before-it-starts", Assert.Throws<DomainException>(() => LeavePeriod.Approved(Guid.NewGuid(), "r1", new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 23))).Code);
    }

    private static ReviewFile Assigned(string reviewer)
    {
        var file = ReviewFile.Accept(Guid.NewGuid(), "item", 1, ItemKind.Routed, Guid.NewGuid(), Guid.NewGuid(), "clerk-1", Monday,
            WorkingDayCalendar.China.DeadlineFor(Monday, 10), effort: 1);
        file.AssignTo(reviewer, AssignmentReason.A, Monday);
        return file;
    }
}
