using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Acceptance;

namespace OneWindow.Intake.Tests.Domain;

/// <summary>A file's life at intake, without a database: acceptance, returns for supplement, delivery home, completion.</summary>
public sealed class ApplicationFileTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static ApplicationFile Accepted(ItemKind kind = ItemKind.Routed, params string[] materials) => ApplicationFile.Accept(
        Guid.NewGuid(), "JP-20261201-0001", "dibao", 1, kind, Guid.NewGuid(), Guid.NewGuid(), ticketId: null, visitId: Guid.NewGuid(),
        fromBundling: false, "clerk-1", Ten, Ten.AddDays(30), deadlineProvisionalFrom: 2027, DeliveryMethod.HomeDelivery, materials.Length == 0 ? ["id-card", "id-card", "hukou"] : materials);

    [Fact]
    public void An_instant_item_is_completed_at_the_window_and_has_no_deadline()
    {
        var file = Accepted(ItemKind.Instant);

        Assert.Equal((FileStatus.Completed, CompletionOutcome.Granted, "clerk-1"), (file.Status, file.Outcome, file.CompletedBy));
        Assert.Null(file.StatutoryDeadline);
        Assert.Null(file.DeadlineProvisionalFrom);
    }

    [Fact]
    public void A_provisional_promised_date_moved_to_a_final_one_is_provisional_no_more_and_the_same_news_twice_changes_nothing()
    {
        var file = Accepted();
        var recounted = Ten.AddDays(31);

        file.MoveStatutoryDeadline(Ten.AddDays(32), provisional: true);
        Assert.Equal(2027, file.DeadlineProvisionalFrom);
        file.MoveStatutoryDeadline(recounted, provisional: false);
        file.MoveStatutoryDeadline(recounted, provisional: false);

        Assert.Equal((recounted, (int?)null), (file.StatutoryDeadline, file.DeadlineProvisionalFrom));
    }

    [Fact]
    public void A_routed_item_waits_for_review_with_its_deadline_and_each_material_once()
    {
        var file = Accepted();

        Assert.Equal(FileStatus.Accepted, file.Status);
        Assert.Equal(Ten.AddDays(30), file.StatutoryDeadline);
        Assert.Equal(["id-card", "hukou"], file.MaterialCodes);
    }

    [Fact]
    public void A_supplement_that_brings_everything_review_asked_for_sends_the_file_back_to_review()
    {
        var file = Accepted();
        file.ReturnForSupplement(["bank-card"]);

        var brought = file.ReceiveSupplement(["bank-card", "bank-card"]);

        Assert.Equal(["bank-card"], brought);
        Assert.Equal((FileStatus.Accepted, 1), (file.Status, file.ReturnCount));
        Assert.Contains("bank-card", file.MaterialCodes);
        Assert.Empty(file.MissingOnReturn);
    }

    [Fact]
    public void A_supplement_still_missing_something_is_refused_and_the_file_keeps_waiting()
    {
        var file = Accepted();
        file.ReturnForSupplement(["bank-card", "income-proof"]);

        var refusal = Assert.Throws<DomainException>(() => file.ReceiveSupplement(["bank-card"]));

        Assert.Equal(("materials-missing", DomainErrorKind.RuleViolated), (refusal.Code, refusal.Kind));
        Assert.Contains("income-proof", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(FileStatus.Returned, file.Status);
    }

    [Fact]
    public void A_file_not_returned_takes_no_supplement()
    {
        Assert.Equal("not-returned", Assert.Throws<DomainException>(() => Accepted().ReceiveSupplement(["bank-card"])).Code);
    }

    [Fact]
    public void A_completed_file_is_not_returned_and_completing_it_again_changes_nothing()
    {
        var file = Accepted();
        Assert.True(file.Complete(CompletionOutcome.Rejected, "officer-1", Ten.AddDays(3)));

        file.ReturnForSupplement(["bank-card"]);
        var again = file.Complete(CompletionOutcome.Granted, "officer-2", Ten.AddDays(4));

        Assert.False(again);
        Assert.Equal((FileStatus.Completed, CompletionOutcome.Rejected, "officer-1", 0), (file.Status, file.Outcome, file.CompletedBy, file.ReturnCount));
    }

    [Fact]
    public void A_delivered_result_stays_delivered_whatever_attempt_is_reported_after()
    {
        var file = Accepted();
        var task = Guid.NewGuid();
        file.AssignDelivery(task, "grid-1", Ten.AddDays(2));
        file.RecordFailedDelivery(task, "grid-1", Ten.AddDays(1), "nobody home");
        Assert.Equal(DeliveryProgress.AttemptFailed, file.DeliveryProgress);

        file.ConfirmDelivery(task, "grid-1", Ten.AddDays(1).AddHours(3));
        file.RecordFailedDelivery(task, "grid-1", Ten.AddDays(2), "moved");

        Assert.Equal(DeliveryProgress.Delivered, file.DeliveryProgress);
        Assert.Equal((1, "nobody home"), (file.FailedDeliveries, file.LastDeliveryFailure));
    }

    [Theory]
    [InlineData(CompletionOutcome.Rejected)]
    [InlineData(CompletionOutcome.Withdrawn)]
    public void No_fee_is_due_for_a_file_rejected_or_withdrawn(CompletionOutcome outcome)
    {
        var file = Accepted();
        file.Complete(outcome, "officer-1", Ten.AddDays(3));

        var refusal = Assert.Throws<DomainException>(file.RequireFeeDue);

        Assert.Equal(("file-not-payable", DomainErrorKind.RuleViolated), (refusal.Code, refusal.Kind));
    }

    [Fact]
    public void The_fee_of_a_file_in_review_or_granted_is_due()
    {
        var inReview = Accepted();
        var granted = Accepted(ItemKind.Instant);

        inReview.RequireFeeDue();
        granted.RequireFeeDue();

        Assert.Equal(CompletionOutcome.Granted, granted.Outcome);
    }
}
