namespace OneWindow.Web.Components.District;

/// <summary>One Saturday or Sunday of a draft year that is worked instead of a holiday's weekday (调休上班); empty until picked.</summary>
public sealed class WorkedDayRow
{
    public DateOnly? Day { get; set; }
}
