using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Planning;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Planning;

/// <summary>
/// The windows to open in each half-hour of a day: arrivals forecast from the same weekday in the weeks before, service
/// times fitted from the tickets served in those weeks, the fewest windows per line that keep the targets by Erlang C,
/// and the plan's day simulated twenty times (seeded) with the centre's own share of priority tickets and no-shows.
/// What if: more or fewer arrivals, windows more or fewer than recommended.
/// </summary>
public sealed class PlanWindows(HallForecast forecasts, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.WindowPlan> HandleAsync(Contract.PlanWindowsRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var day = Wire.OptionalDay(request.Day, "day") ?? ChinaTime.Today(clock).AddDays(1);
        var percent = request.ArrivalsPercent == 0 ? 100 : request.ArrivalsPercent;
        var forecast = await forecasts.ForAsync(centre, day, request.Weeks == 0 ? 8 : request.Weeks, percent, cancellationToken);
        var targets = forecast.Targets;
        var plan = new Contract.WindowPlan
        {
            Day = Wire.Day(day),
            OpeningHours = forecast.Opening.ToString(),
            HistoryDays = forecast.HistoryDays,
            TargetWaiting = targets.AverageWaiting,
            TargetServiceLevel = targets.ServiceLevel,
            TargetWithinMinutes = (int)targets.CalledWithin.TotalMinutes,
            ArrivalsPercent = percent,
            WindowsOffset = request.WindowsOffset,
        };

        var groups = new List<WindowGroup>();
        foreach (var line in forecast.Lines)
        {
            var service = line.Stream.Service;
            plan.ServiceTimes.Add(new Contract.ServiceTimeFit { WindowType = QueueMapping.ToContract(line.Type), ServedTickets = line.ServedTickets, MeanMinutes = Math.Round(service.MeanMinutes, 1), Fitted = service is LogNormalServiceTime });
            var windows = line.Planned(request.WindowsOffset);
            for (var slot = 0; slot < forecast.Slots; slot++)
            {
                var load = line.Stream.ArrivalsPerHour[slot] * service.MeanMinutes / 60;
                var waiting = ErlangC.AverageWaiting(windows[slot], load);
                var planned = new Contract.PlanSlot
                {
                    Starts = forecast.Starts(slot),
                    WindowType = QueueMapping.ToContract(line.Type),
                    ArrivalsPerHour = Math.Round(line.Stream.ArrivalsPerHour[slot], 1),
                    RecommendedWindows = line.Recommended[slot],
                    PlannedWindows = windows[slot],
                    CalledWithinShare = Math.Round(ErlangC.ServiceLevel(windows[slot], load, targets.CalledWithin.TotalMinutes / service.MeanMinutes), 3),
                };
                if (double.IsFinite(waiting))
                {
                    planned.ExpectedWaiting = Math.Round(waiting, 2);
                }

                plan.Slots.Add(planned);
            }

            groups.Add(new WindowGroup(line.Type.ToString(), new HashSet<string> { line.Type.ToString() }, windows));
            if (line.Season.ReviewsDue > 0 || line.Season.ReviewsDueUsually > 0)
            {
                plan.Seasons.Add(new Contract.SeasonalLine
                {
                    WindowType = QueueMapping.ToContract(line.Type),
                    ReviewsDue = line.Season.ReviewsDue,
                    ReviewsDueUsually = Math.Round(line.Season.ReviewsDueUsually, 1),
                    Factor = Math.Round(line.Season.Factor, 3),
                });
            }
        }

        var hall = new HallDay(HallForecast.HalfHour, [.. forecast.Lines.Select(l => l.Stream)], groups) { CalledWithin = targets.CalledWithin };
        plan.Simulated.AddRange(SimulatedDays.Run(hall).Select((lines, i) => new Contract.SimulatedLine
        {
            WindowType = QueueMapping.ToContract(Enum.Parse<WindowType>(hall.Groups[i].Name)),
            AverageWaiting = Math.Round(lines.Average(l => l.AverageWaiting), 2),
            AverageWaitMinutes = Math.Round(lines.Average(l => l.AverageWaitMinutes), 1),
            CalledWithinShare = Math.Round(lines.Average(l => l.CalledWithinShare), 3),
            MostWaiting = lines.Max(l => l.MostWaiting),
            Served = Math.Round(lines.Average(l => l.Served), 1),
            LeftAtClosing = Math.Round(lines.Average(l => l.LeftAtClosing), 1),
        }));
        return plan;
    }
}
