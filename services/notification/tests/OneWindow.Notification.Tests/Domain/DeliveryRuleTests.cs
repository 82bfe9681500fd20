using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Domain.HomeDelivery;
using OneWindow.Notification.Domain.Reminders;
using OneWindow.Notification.Domain.Templates;

namespace OneWindow.Notification.Tests.Domain;

public sealed class DeliveryRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly RenderedNotice Notice = new(Guid.NewGuid(), 1, false, Locales.Chinese, "补正", "请携带户口簿");

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    public void Retries_back_off_exponentially(int attemptsMade, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new RetrySchedule(5, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)).DelayAfter(attemptsMade));

    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    public void No_retry_is_left_after_the_last_attempt(int attemptsMade) =>
        Assert.Null(new RetrySchedule(5, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)).DelayAfter(attemptsMade));

    [Fact]
    public void The_backoff_never_exceeds_its_ceiling() =>
        Assert.Equal(TimeSpan.FromMinutes(30), new RetrySchedule(100, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30)).DelayAfter(60));

    [Theory]
    [InlineData("20:59", false, "20:59")]
    [InlineData("21:00", true, "08:00+1")]
    [InlineData("23:30", true, "08:00+1")]
    [InlineData("03:00", true, "08:00")]
    [InlineData("07:59", true, "08:00")]
    [InlineData("08:00", false, "08:00")]
    [InlineData("12:00", false, "12:00")]
    public void No_sms_goes_at_night(string chinaTime, bool quiet, string next)
    {
        var day = new DateOnly(2026, 11, 23);
        var at = new DateTimeOffset(day.ToDateTime(TimeOnly.Parse(chinaTime, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(8));
        var expected = next.EndsWith("+1", StringComparison.Ordinal)
            ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.Parse(next[..^2], System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(8))
            : new DateTimeOffset(day.ToDateTime(TimeOnly.Parse(next, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(8));

        Assert.Equal(quiet, QuietHours.Default.Contains(at));
        Assert.Equal(expected, QuietHours.Default.NextAllowed(at));
    }

    [Theory]
    [InlineData("12:00-14:00", "13:00", true)]
    [InlineData("12:00-14:00", "14:00", false)]
    [InlineData("00:00-00:00", "03:00", false)]
    public void Quiet_hours_may_lie_within_a_day_or_be_switched_off(string span, string chinaTime, bool quiet)
    {
        var at = new DateTimeOffset(new DateOnly(2026, 11, 23).ToDateTime(TimeOnly.Parse(chinaTime, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(8));

        Assert.Equal(quiet, QuietHours.Parse(span).Contains(at));
    }

    [Theory]
    [InlineData("21:00")]
    [InlineData("9-8")]
    [InlineData("21:00-25:00")]
    public void Quiet_hours_are_written_as_a_span(string text) => Assert.Throws<FormatException>(() => QuietHours.Parse(text));

    [Fact]
    public void A_recipient_over_the_limit_waits_for_the_next_window()
    {
        var limit = new RateLimit(5, TimeSpan.FromHours(1));
        var (number, end) = limit.WindowOf(Now);
        var (next, _) = limit.WindowOf(end);

        Assert.True(limit.Allows(5));
        Assert.False(limit.Allows(6));
        Assert.Equal(number + 1, next);
        Assert.True(end > Now && end - Now <= TimeSpan.FromHours(1));
    }

    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("+86 138-1234-5678", "13812345678")]
    [InlineData("008613812345678", "13812345678")]
    [InlineData("12812345678", null)]
    [InlineData("021-65431234", null)]
    [InlineData("1381234567", null)]
    [InlineData("", null)]
    public void Only_a_mainland_mobile_number_takes_a_text(string text, string? expected) => Assert.Equal(expected, MobileNumber.Normalize(text));

    [Fact]
    public void A_transient_failure_is_retried_on_the_schedule_and_the_last_one_is_final()
    {
        var delivery = Sms();
        var schedule = new RetrySchedule(3, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1));

        Assert.False(delivery.FailTransiently("503", schedule, Now));
        Assert.Equal((DeliveryStatus.Queued, Now.AddSeconds(10)), (delivery.Status, delivery.NextAttemptAt));
        Assert.False(delivery.FailTransiently("503", schedule, Now));
        Assert.Equal(Now.AddSeconds(20), delivery.NextAttemptAt);
        Assert.True(delivery.FailTransiently("timeout", schedule, Now));
        Assert.Equal((DeliveryStatus.Failed, 3), (delivery.Status, delivery.Attempts));
        Assert.Contains("gave up after 3 attempts", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_delivery_is_resent_as_the_next_in_sequence_and_only_once_failed()
    {
        var delivery = Sms();
        delivery.FailPermanently("refused", Now);

        var again = delivery.Resend(Guid.NewGuid(), "clerk-1", Now);

        Assert.Equal((1, delivery.Id, DeliveryStatus.Queued, 0), (again.Sequence, again.ResentFrom, again.Status, again.Attempts));
        Assert.Equal(delivery.Body, again.Body);
        Assert.Equal("delivery-not-failed", Assert.Throws<DomainException>(() => again.Resend(Guid.NewGuid(), "clerk-1", Now)).Code);
    }

    [Fact]
    public void A_receipt_counts_once_even_when_it_overtakes_the_record_of_sending()
    {
        var delivery = Sms();

        Assert.True(delivery.Receipt(true, null, Now));
        Assert.False(delivery.Receipt(false, "late failure", Now));
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
    }

    [Fact]
    public void An_inbox_notice_is_delivered_when_it_is_created()
    {
        var delivery = Delivery.Create(Guid.NewGuid(), Guid.NewGuid(), "payslip-ready", Recipient.Staff("s1"), Channel.StaffInbox, false, null, Notice, Now);

        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
    }

    [Fact]
    public void A_change_of_channels_that_passes_the_kinds_opted_out_of_keeps_them()
    {
        var preference = RecipientPreference.Default(Guid.NewGuid());
        preference.Change(sms: true, letter: false, Locales.Chinese, [NotificationKinds.ReviewDue], "resident", Now);

        preference.Change(sms: false, letter: true, Locales.Chinese, preference.OptedOutKinds, "resident", Now);

        Assert.Equal([NotificationKinds.ReviewDue], preference.OptedOutKinds);
        Assert.Equal((false, true), (preference.Sms, preference.Letter));
    }

    [Fact]
    public void A_legally_required_notice_is_never_suppressed()
    {
        var preference = RecipientPreference.Default(Guid.NewGuid());
        preference.Change(sms: false, letter: false, Locales.Chinese, [NotificationKinds.ReviewDue], "resident", Now);

        Assert.Null(preference.Refuses(NotificationKinds.Get(NotificationKinds.FileReturned), Channel.Sms));
        Assert.Equal("opted out of review-due", preference.Refuses(NotificationKinds.Get(NotificationKinds.ReviewDue), Channel.App));
        Assert.Equal("opted out of SMS", preference.Refuses(NotificationKinds.Get(NotificationKinds.ResultReady), Channel.Sms));
        Assert.Throws<InvalidOperationException>(() => Delivery.Create(Guid.NewGuid(), Guid.NewGuid(), "file-returned", Recipient.Resident(Guid.NewGuid()), Channel.Sms, true, null, Notice, Now).Suppress("x"));
    }

    [Theory]
    [InlineData("file-returned", "legally-required")]
    [InlineData("payslip-ready", "unknown-kind")]
    [InlineData("nonsense", "unknown-kind")]
    public void Residents_opt_out_only_of_their_own_kinds_that_the_law_does_not_require(string kind, string code)
    {
        var refusal = Assert.Throws<DomainException>(() => RecipientPreference.Default(Guid.NewGuid()).Change(true, false, Locales.Chinese, [kind], "r", Now));

        Assert.Equal(code, refusal.Code);
    }

    [Fact]
    public void A_home_delivery_task_goes_from_pending_to_assigned_to_delivered()
    {
        var task = DeliveryTask.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "dibao", "结果", Now.AddDays(3), Now);
        task.Locate("JP-G02", "enc", "jiangpu-s043", Now);

        task.RecordFailedAttempt("jiangpu-s043", Now.AddHours(1), AttemptFailure.NobodyHome, null, Now.AddHours(1));
        task.Confirm("jiangpu-s043", Now.AddHours(5), "enc-name", "HZ-0001", Now.AddHours(5));

        Assert.Equal((OneWindow.Notification.Domain.HomeDelivery.TaskStatus.Delivered, 1, AttemptFailure.NobodyHome), (task.Status, task.FailedAttempts, task.LastFailure!.Value));
        Assert.Equal("task-delivered", Assert.Throws<DomainException>(() => task.Confirm("jiangpu-s043", Now.AddHours(6), "e", "x", Now.AddHours(6))).Code);
    }

    [Theory]
    [InlineData("jiangpu-s044", "not-your-task")]
    [InlineData("", "not-your-task")]
    public void Only_the_assigned_grid_manager_confirms(string staffId, string code)
    {
        var task = DeliveryTask.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "dibao", "结果", Now.AddDays(3), Now);
        task.Locate("JP-G02", "enc", "jiangpu-s043", Now);

        var refusal = Assert.Throws<DomainException>(() => task.Confirm(staffId, Now, "e", "x", Now));

        Assert.Equal((code, DomainErrorKind.Forbidden), (refusal.Code, refusal.Kind));
    }

    [Theory]
    [InlineData(-60, "invalid-time")]
    [InlineData(60, "invalid-time")]
    public void A_confirmation_is_dated_between_assignment_and_now(int minutes, string code)
    {
        var task = DeliveryTask.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "dibao", "结果", Now.AddDays(3), Now);
        task.Locate("JP-G02", "enc", "m", Now);

        Assert.Equal(code, Assert.Throws<DomainException>(() => task.Confirm("m", Now.AddMinutes(minutes), "e", "x", Now)).Code);
    }

    [Fact]
    public void An_overdue_task_is_escalated_once()
    {
        var task = DeliveryTask.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "dibao", "结果", Now.AddDays(3), Now);

        Assert.False(task.Escalate("head", Now.AddDays(2)));
        Assert.True(task.Escalate("head", Now.AddDays(4)));
        Assert.False(task.Escalate("head", Now.AddDays(5)));
    }

    [Fact]
    public void A_periodic_item_is_announced_ahead_once_and_again_after_the_next_grant()
    {
        var item = PeriodicItem.Grant(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "dibao-review", new DateOnly(2025, 12, 10), 12);

        Assert.False(item.ToAnnounce(new DateOnly(2026, 11, 1), 30));
        Assert.True(item.ToAnnounce(new DateOnly(2026, 11, 23), 30));
        item.Announced(Now);
        Assert.False(item.ToAnnounce(new DateOnly(2026, 11, 24), 30));
        item.Renew(item.ResidentId, new DateOnly(2026, 12, 5), 12);
        Assert.Equal(new DateOnly(2027, 12, 5), item.DueOn);
        Assert.Null(item.RemindedAt);
    }

    private static Delivery Sms() =>
        Delivery.Create(Guid.NewGuid(), Guid.NewGuid(), "file-returned", Recipient.Resident(Guid.NewGuid()), Channel.Sms, true, null, Notice, Now);
}
