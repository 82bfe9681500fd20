namespace OneWindow.Common.Calendar;

/// <summary>One public holiday as the State Council's notice gives it: its name and the days off, both ends included.</summary>
public sealed record CalendarHoliday(string Name, DateOnly From, DateOnly To);
