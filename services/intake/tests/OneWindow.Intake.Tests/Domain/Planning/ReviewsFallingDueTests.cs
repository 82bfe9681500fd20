using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Tests.Domain.Planning;

public sealed class ReviewsFallingDueTests
{
    [Fact]
    public void A_review_falls_due_its_recurrence_after_its_grant_in_the_week_that_day_is_in()
    {
        var monday = new DateOnly(2026, 3, 2);
        // Due on 4 March (a year), 3 March (six months), 9 March (next Monday) and 10 March.
        (DateOnly, int)[] grants = [(new DateOnly(2025, 3, 4), 12), (new DateOnly(2025, 9, 3), 6), (new DateOnly(2025, 3, 9), 12), (new DateOnly(2025, 3, 10), 12)];

        Assert.Equal(2, ReviewsFallingDue.InWeek(grants, monday));
        Assert.Equal(2, ReviewsFallingDue.InWeek(grants, monday.AddDays(7)));
        Assert.Equal(0, ReviewsFallingDue.InWeek(grants, monday.AddDays(-7)));
        Assert.Equal(monday, ReviewsFallingDue.WeekOf(new DateOnly(2026, 3, 8)));
    }

    [Fact]
    public void Seventy_reviews_due_in_a_week_that_usually_has_thirty_five_bring_five_more_residents_a_day_to_a_hall_of_a_hundred()
    {
        // 35 more than usual over 7 open days: 5 more a day on the 100 the history expects.
        Assert.Equal(1.05, ReviewsFallingDue.Factor(70, [30, 40, 35, 35], expectedPerDay: 100, openDaysAWeek: 7), 6);
        Assert.Equal(0.95, ReviewsFallingDue.Factor(0, [35], expectedPerDay: 100, openDaysAWeek: 7), 6);
        Assert.Equal(1, ReviewsFallingDue.Factor(70, [], expectedPerDay: 100, openDaysAWeek: 7));
    }
}
