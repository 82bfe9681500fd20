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

    /// <summary>
    /// The part of the day anybody is expected, from the first half-hour with arrivals to the last: what a measured day is
    /// compared with (a centre open round the clock is not averaged over its empty night).
    /// </summary>
    public Range Busy
    {
        get
        {
            var busy = Enumerable.Range(0, Slots).Where(slot => Lines.Any(l => l.Stream.ArrivalsPerHour[slot] > 0)).ToList();
            return busy.Count == 0 ? new Range(0, 0) : new Range(busy[0], busy[^1] + 1);
        }
    }

    /// <summary>HH:mm, the start of a slot.</summary>
    public string Starts(int slot) =>
        Opening.Opens.Add(HallForecast.HalfHour * slot).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
