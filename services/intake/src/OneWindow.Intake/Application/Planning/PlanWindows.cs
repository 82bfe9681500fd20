using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Centres;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Planning;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Planning;

/// <summary>
/// The windows to open in each half-hour of a day: arrivals forecast from the same weekday in the weeks before, service
/// times fitted from the tickets served in those weeks, the fewest windows per line that keep the targets by Erlang C,
/// and the plan's day simulated twenty times (seeded) with the centre's own share of priority tickets and no-shows.
/// What if: more or fewer arrivals, windows more or fewer than recommended.
/// </summary>
public sealed class PlanWindows(IntakeDbContext db, ITenantContext tenant, CentreHours hours, IOptions<IntakeOptions> options, TimeProvider clock)
{
    private const int SimulatedDays = 20;
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    public async Task<Contract.WindowPlan> HandleAsync(Contract.PlanWindowsRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var settings = options.Value.Plan;
        var targets = new PlanTargets(settings.AverageWaiting, settings.ServiceLevel, settings.CalledWithin);
        var day = Wire.OptionalDay(request.Day, "day") ?? ChinaTime.Today(clock).AddDays(1);
        var percent = request.ArrivalsPercent == 0 ? 100 : request.ArrivalsPercent;
        var weeks = request.Weeks == 0 ? 8 : request.Weeks;
        var opening = await hours.OfAsync(centre, cancellationToken);
        var slots = (int)Math.Ceiling((opening.Closes - opening.Opens).TotalMinutes / HalfHour.TotalMinutes);

        var sameWeekday = Enumerable.Range(1, weeks).Select(w => day.AddDays(-7 * w)).ToList();
        var arrivals = await db.Tickets.AsNoTracking().Where(t => sameWeekday.Contains(t.Day) && t.TransferredFrom == null)
            .Select(t => new { t.Day, t.WindowType, t.IssuedAt, t.Priority, t.Status }).ToListAsync(cancellationToken);
        var firstDay = day.AddDays(-7 * weeks);
        var served = await db.Tickets.AsNoTracking().Where(t => t.Day >= firstDay && t.Day < day && t.Status == TicketStatus.Served && t.ServiceStartedAt != null && t.FinishedAt != null)
            .Select(t => new { t.WindowType, Started = t.ServiceStartedAt!.Value, Finished = t.FinishedAt!.Value }).ToListAsync(cancellationToken);

        var opensAt = opening.Opens.ToTimeSpan();
        var forecast = DemandForecast.PerHour(
            arrivals.Select(a => (a.Day, (ChinaTime.ToChina(a.IssuedAt).TimeOfDay - opensAt).TotalMinutes, a.WindowType.ToString())), HalfHour, slots);
        var plan = new Contract.WindowPlan
        {
            Day = Wire.Day(day),
            OpeningHours = opening.ToString(),
            HistoryDays = arrivals.Select(a => a.Day).Distinct().Count(),
            TargetWaiting = targets.AverageWaiting,
            TargetServiceLevel = targets.ServiceLevel,
            TargetWithinMinutes = (int)targets.CalledWithin.TotalMinutes,
            ArrivalsPercent = percent,
            WindowsOffset = request.WindowsOffset,
        };

        var streams = new List<ArrivalStream>();
        var groups = new List<WindowGroup>();
        foreach (var type in Enum.GetValues<WindowType>().Where(t => forecast.ContainsKey(t.ToString())))
        {
            var perHour = forecast[type.ToString()].Select(rate => rate * percent / 100).ToArray();
            var minutes = served.Where(s => s.WindowType == type).Select(s => (s.Finished - s.Started).TotalMinutes).ToList();
            var service = (ServiceTime?)LogNormalServiceTime.Fit(minutes) ?? new ExponentialServiceTime(StandardMinutes(type, settings));
            plan.ServiceTimes.Add(new Contract.ServiceTimeFit { WindowType = QueueMapping.ToContract(type), ServedTickets = minutes.Count, MeanMinutes = Math.Round(service.MeanMinutes, 1), Fitted = service is LogNormalServiceTime });

            var windows = new int[slots];
            for (var slot = 0; slot < slots; slot++)
            {
                var recommended = WindowSizing.WindowsFor(perHour[slot], TimeSpan.FromMinutes(service.MeanMinutes), targets);
                windows[slot] = recommended == 0 ? 0 : Math.Max(1, recommended + request.WindowsOffset);
                var load = perHour[slot] * service.MeanMinutes / 60;
                var waiting = ErlangC.AverageWaiting(windows[slot], load);
                var planned = new Contract.PlanSlot
                {
                    Starts = opening.Opens.Add(HalfHour * slot).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    WindowType = QueueMapping.ToContract(type),
                    ArrivalsPerHour = Math.Round(perHour[slot], 1),
                    RecommendedWindows = recommended,
                    PlannedWindows = windows[slot],
                    CalledWithinShare = Math.Round(ErlangC.ServiceLevel(windows[slot], load, targets.CalledWithin.TotalMinutes / service.MeanMinutes), 3),
                };
                if (double.IsFinite(waiting))
                {
                    planned.ExpectedWaiting = Math.Round(waiting, 2);
                }

                plan.Slots.Add(planned);
            }

            var ofType = arrivals.Where(a => a.WindowType == type).ToList();
            streams.Add(new ArrivalStream(type.ToString(), perHour, service)
            {
                PriorityShare = ofType.Count(a => a.Priority) / (double)ofType.Count,
                NoShowShare = ofType.Count(a => a.Status == TicketStatus.NoShow) / (double)ofType.Count,
            });
            groups.Add(new WindowGroup(type.ToString(), new HashSet<string> { type.ToString() }, windows));
        }

        plan.Simulated.AddRange(Simulate(new HallDay(HalfHour, streams, groups) { CalledWithin = targets.CalledWithin }));
        return plan;
    }

    private static IEnumerable<Contract.SimulatedLine> Simulate(HallDay day)
    {
        var days = Enumerable.Range(1, SimulatedDays).Select(seed => HallSimulation.Run(day, seed)).ToList();
        return day.Groups.Select((group, i) =>
        {
            var lines = days.Select(d => d.Groups[i]).ToList();
            return new Contract.SimulatedLine
            {
                WindowType = QueueMapping.ToContract(Enum.Parse<WindowType>(group.Name)),
                AverageWaiting = Math.Round(lines.Average(l => l.AverageWaiting), 2),
                AverageWaitMinutes = Math.Round(lines.Average(l => l.AverageWaitMinutes), 1),
                CalledWithinShare = Math.Round(lines.Average(l => l.CalledWithinShare), 3),
                MostWaiting = lines.Max(l => l.MostWaiting),
                Served = Math.Round(lines.Average(l => l.Served), 1),
                LeftAtClosing = Math.Round(lines.Average(l => l.LeftAtClosing), 1),
            };
        });
    }

    private static double StandardMinutes(WindowType type, PlanOptions settings) => type switch
    {
        WindowType.Comprehensive => settings.ComprehensiveMinutes,
        WindowType.PolicyConsultation => settings.PolicyConsultationMinutes,
        _ => settings.PaymentMinutes,
    };
}
