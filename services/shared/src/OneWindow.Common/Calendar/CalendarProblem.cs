namespace OneWindow.Common.Calendar;

/// <summary>Something wrong with a calendar year, and the field (as the API names it) it is about.</summary>
public sealed record CalendarProblem(string Field, string Message);
