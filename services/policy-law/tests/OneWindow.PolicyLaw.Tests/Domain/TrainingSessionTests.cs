using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Domain.Knowledge;

namespace OneWindow.PolicyLaw.Tests.Domain;

/// <summary>A training record: what it covers and who attended, fixed when it is recorded.</summary>
public sealed class TrainingSessionTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Fact]
    public void Items_and_attendees_named_twice_are_recorded_once()
    {
        var session = TrainingSession.Record(" 低保政策培训 ", new DateOnly(2026, 3, 18), Today,
            ["dibao-review", "housing-aid", "dibao-review"], ["jiangpu-s004", "jiangpu-s005", "jiangpu-s004"], "jiangpu-s006");

        Assert.Equal("低保政策培训", session.Title);
        Assert.Equal(["dibao-review", "housing-aid"], session.ItemCodes);
        Assert.Equal(["jiangpu-s004", "jiangpu-s005"], session.AttendeeStaffIds);
    }

    [Fact]
    public void A_training_not_yet_held_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            TrainingSession.Record("培训", Today.AddDays(1), Today, ["dibao-review"], ["jiangpu-s004"], "jiangpu-s006"));

        Assert.Equal("training-in-future", refusal.Code);
    }

    [Theory]
    [InlineData(true, "itemCodes")]
    [InlineData(false, "attendeeStaffIds")]
    public void A_training_without_an_item_or_without_an_attendee_is_refused(bool withoutItems, string field)
    {
        var refusal = Assert.Throws<DomainException>(() =>
            TrainingSession.Record("培训", Today, Today, withoutItems ? [] : ["dibao-review"], withoutItems ? ["jiangpu-s004"] : [], "jiangpu-s006"));

        Assert.Equal("training-incomplete", refusal.Code);
        Assert.Equal(field, refusal.Field);
    }
}
