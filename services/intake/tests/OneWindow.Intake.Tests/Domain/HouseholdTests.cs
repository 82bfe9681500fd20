using OneWindow.Common.Errors;
using OneWindow.Intake.Domain.Residents;

namespace OneWindow.Intake.Tests.Domain;

/// <summary>A household's facts as a clerk registers and updates them, without a database.</summary>
public sealed class HouseholdTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static Household Registered(params string[] benefits) =>
        Household.Register(Guid.NewGuid(), "protected-address", "grid-3", 2_400m, benefits, Ten);

    [Fact]
    public void A_household_holds_each_benefit_once_trimmed_and_in_order()
    {
        var household = Registered(" tekun ", "dibao", "", "dibao");

        Assert.Equal(["dibao", "tekun"], household.Benefits);
    }

    [Fact]
    public void An_update_keeps_the_households_benefits()
    {
        var household = Registered("dibao", "tekun");

        household.Change("new-address", "grid-4", 3_000m, household.Benefits, Ten.AddDays(1));

        Assert.Equal(["dibao", "tekun"], household.Benefits);
        Assert.Equal(("new-address", "grid-4", 3_000m, Ten.AddDays(1)), (household.AddressProtected, household.Grid, household.MonthlyIncome, household.UpdatedAt));
    }

    [Fact]
    public void An_update_with_new_benefits_replaces_the_old_ones()
    {
        var household = Registered("dibao");

        household.Change("protected-address", "grid-3", 2_400m, ["linshi-jiuzhu"], Ten.AddDays(1));

        Assert.Equal(["linshi-jiuzhu"], household.Benefits);
    }

    [Theory]
    [InlineData(-1, "grid-3", "invalid-amount")]
    [InlineData(0.001, "grid-3", "invalid-amount")]
    [InlineData(100, " ", "grid-required")]
    public void An_income_in_whole_fen_and_a_grid_are_required(double income, string grid, string code)
    {
        var household = Registered("dibao");

        var refusal = Assert.Throws<DomainException>(() => household.Change("protected-address", grid, (decimal)income, [], Ten.AddDays(1)));

        Assert.Equal((code, DomainErrorKind.Invalid), (refusal.Code, refusal.Kind));
        Assert.Equal(["dibao"], household.Benefits);
    }
}
