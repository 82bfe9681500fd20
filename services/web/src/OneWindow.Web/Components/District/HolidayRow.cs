namespace OneWindow.Web.Components.District;

/// <summary>One holiday of a draft year: its name and first and last day off (empty until picked).</summary>
public sealed class HolidayRow
{
    public string Name { get; set; } = string.Empty;

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}
