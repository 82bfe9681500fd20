namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// Arrivals expected in each slot of a day, per line, from the centre's own history: the same weekday in the weeks
/// before, counted slot by slot and averaged over the weeks. A week the centre was closed that weekday (no tickets at
/// all) does not count, so a holiday does not halve the forecast.
/// </summary>
public static class DemandForecast
{
    /// <param name="arrivals">Tickets of the weeks before: the local day, the minutes from opening and the line.</param>
    /// <param name="slot">The length of a slot (half an hour).</param>
    /// <param name="slots">The day's slots from opening.</param>
    /// <returns>For each line, arrivals an hour in each slot.</returns>
    public static IReadOnlyDictionary<string, double[]> PerHour(IEnumerable<(DateOnly Day, double MinutesFromOpening, string Line)> arrivals, TimeSpan slot, int slots)
    {
        var counts = new Dictionary<string, double[]>();
        var days = new HashSet<DateOnly>();
        foreach (var (day, minutes, line) in arrivals)
        {
            days.Add(day);
            var index = (int)Math.Floor(minutes / slot.TotalMinutes);
            if (index < 0 || index >= slots)
            {
                continue;
            }

            if (!counts.TryGetValue(line, out var perSlot))
            {
                counts[line] = perSlot = new double[slots];
            }

            perSlot[index]++;
        }

        var perHour = 60 / slot.TotalMinutes / Math.Max(1, days.Count);
        return counts.ToDictionary(c => c.Key, c => c.Value.Select(n => n * perHour).ToArray());
    }
}
