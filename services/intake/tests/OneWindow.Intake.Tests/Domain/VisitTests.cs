using OneWindow.Common.Errors;
using OneWindow.Intake.Domain.Acceptance;

namespace OneWindow.Intake.Tests.Domain;

/// <summary>One visit to a window (一次性办结), without a database: materials checked once, files of the same household and day.</summary>
public sealed class VisitTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Materials_checked_once_in_a_visit_count_for_the_next_file_and_each_is_kept_once()
    {
        var visit = Visit.Start(Guid.NewGuid(), Guid.NewGuid(), "clerk-1", Ten);

        visit.Check(["id-card", "hukou", "id-card"]);
        var checkedNow = visit.Check(["income-proof", "hukou"]);

        Assert.Equal(["id-card", "hukou", "income-proof"], checkedNow);
        Assert.Equal(checkedNow, visit.MaterialCodes);
    }

    [Fact]
    public void A_visit_is_continued_by_the_same_resident_or_a_member_of_the_household_on_the_same_day()
    {
        var (resident, household) = (Guid.NewGuid(), Guid.NewGuid());
        var visit = Visit.Start(resident, household, "clerk-1", Ten);

        visit.RequireContinuedBy(resident, Guid.NewGuid(), Today);
        visit.RequireContinuedBy(Guid.NewGuid(), household, Today);
    }

    [Fact]
    public void A_visit_of_another_household_or_another_day_is_refused()
    {
        var (resident, household) = (Guid.NewGuid(), Guid.NewGuid());
        var visit = Visit.Start(resident, household, "clerk-1", Ten);

        var stranger = Assert.Throws<DomainException>(() => visit.RequireContinuedBy(Guid.NewGuid(), Guid.NewGuid(), Today));
        var tomorrow = Assert.Throws<DomainException>(() => visit.RequireContinuedBy(resident, household, Today.AddDays(1)));

        Assert.Equal(("visit-mismatch", DomainErrorKind.Invalid), (stranger.Code, stranger.Kind));
        Assert.Equal("visit-mismatch", tomorrow.Code);
    }
}
