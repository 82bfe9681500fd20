using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Domain.Approval;

namespace OneWindow.PolicyLaw.Tests.Domain;

/// <summary>One file's approval on its own: separation of duties, the supervisor's re-check, one decision.</summary>
public sealed class ApprovalCaseTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("jiangpu-s005")]
    [InlineData("jiangpu-s004")]
    public void Whoever_reviewed_or_accepted_the_file_cannot_approve_it(string staffId)
    {
        var approval = Open(timeLimited: false);

        var refusal = Assert.Throws<DomainException>(() => approval.Approve(staffId, Received.AddDays(1), null));

        Assert.Equal("separation-of-duties", refusal.Code);
        Assert.Equal(ApprovalStatus.Pending, approval.Status);
    }

    [Fact]
    public void A_time_limited_file_is_approved_only_after_its_named_supervisor_s_recheck()
    {
        var approval = Open(timeLimited: true);

        Assert.Equal("recheck-required", Assert.Throws<DomainException>(() => approval.Approve("jiangpu-s001", Received.AddDays(1), null)).Code);
        Assert.Equal("not-the-named-supervisor", Assert.Throws<DomainException>(() => approval.RecordRecheck("jiangpu-s007", Received.AddDays(1))).Code);

        approval.RecordRecheck("jiangpu-s006", Received.AddDays(1));
        approval.Approve("jiangpu-s001", Received.AddDays(2), null);

        Assert.Equal(ApprovalStatus.Approved, approval.Status);
        Assert.Equal("jiangpu-s001", approval.DecidedBy);
    }

    [Fact]
    public void A_decided_file_is_not_decided_again_and_a_returned_one_comes_back_pending()
    {
        var approval = Open(timeLimited: false);
        approval.Return("jiangpu-s001", Received.AddDays(1), "缺少收入证明");

        Assert.Equal("already-decided", Assert.Throws<DomainException>(() => approval.Reject("jiangpu-s001", Received.AddDays(1), "x")).Code);

        approval.Reopen("jiangpu-s005", 1, Received.AddDays(3));

        Assert.Equal(ApprovalStatus.Pending, approval.Status);
        Assert.Null(approval.DecidedBy);
        Assert.Null(approval.Reason);
    }

    private static ApprovalCase Open(bool timeLimited) =>
        ApprovalCase.Open(Guid.CreateVersion7(), "dibao-review", 1, Guid.CreateVersion7(), "jiangpu-s005", "jiangpu-s004", 0,
            Received, Received.AddDays(10), timeLimited, timeLimited ? "jiangpu-s006" : null);
}
