using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Application.Planning;

/// <summary>A day as the centre's history forecasts it: each window type's arrivals and the windows that keep the targets.</summary>
/// <param name="Day">The day forecast.</param>
/// <param name="Opening">The centre's opening hours; slot 0 starts when it opens.</param>
/// <param name="Targets">The centre's waiting targets.</param>
/// <param name="HistoryDays">Days of that weekday with tickets that the forecast read.</param>
/// <param name="Lines">Each window type with arrivals in the history.</param>
public sealed record ForecastDay(DateOnly Day, OpeningHours Opening, PlanTargets Targets, int HistoryDays, IReadOnlyList<ForecastLine> Lines)
{
    public int Slots => Lines.Count == 0 ? 0 : Lines[0].Stream.ArrivalsPerHour.Count;

    /// <summary>HH:mm, the start of a slot.</summary>
    public string Starts(int slot) =>
        Opening.Opens.Add(HallForecast.HalfHour * slot).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
