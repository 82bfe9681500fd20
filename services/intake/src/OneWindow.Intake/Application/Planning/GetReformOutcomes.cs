using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Bundling;
using OneWindow.Intake.Domain.Planning;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Planning;

/// <summary>
/// The reform's promises on a day that happened, as intake sees them: each line's waiting measured from the day's own
/// tickets beside what the plan foresaw; what the same staff would have done at line-based windows (simulated on the
/// plan's day, split by the items' categories); and whether the items due for the households that came were offered.
/// </summary>
public sealed class GetReformOutcomes(
    IntakeDbContext db, HallForecast forecasts, CatalogueReader catalogue, ITenantContext tenant, IOptions<IntakeOptions> options, TimeProvider clock)
{
    private const int HistoryWeeks = 8;

    public async Task<Contract.ReformOutcomes> HandleAsync(Contract.GetReformOutcomesRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var today = ChinaTime.Today(clock);
        var day = Wire.OptionalDay(request.Day, "day") ?? today;
        if (day > today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "day-not-begun", "Outcomes are of a day that has begun.", "day");
        }

        await using var connection = await db.OneConnectionAsync(cancellationToken);
        var forecast = await forecasts.ForAsync(centre, day, HistoryWeeks, 100, cancellationToken);
        var outcomes = new Contract.ReformOutcomes
        {
            Day = Wire.Day(day),
            OpeningHours = forecast.Opening.ToString(),
            TargetWaiting = forecast.Targets.AverageWaiting,
            TargetServiceLevel = forecast.Targets.ServiceLevel,
            TargetWithinMinutes = (int)forecast.Targets.CalledWithin.TotalMinutes,
            Arrangements = await ArrangementsAsync(forecast, day, cancellationToken),
            DueItems = await DueItemsAsync(day, cancellationToken),
        };
        outcomes.Lines.AddRange(await LinesAsync(forecast, day, cancellationToken));
        var files = await db.Files.AsNoTracking().Where(f => f.AcceptedAt >= ChinaTime.StartOfDay(day) && f.AcceptedAt < ChinaTime.StartOfDay(day.AddDays(1)))
            .GroupBy(f => f.FromBundling).Select(g => new { Bundled = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        outcomes.FilesAccepted = files.Sum(f => f.Count);
        outcomes.FilesBundled = files.Where(f => f.Bundled).Sum(f => f.Count);
        return outcomes;
    }

    private async Task<IEnumerable<Contract.MeasuredLine>> LinesAsync(ForecastDay forecast, DateOnly day, CancellationToken cancellationToken)
    {
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.Day == day)
            .Select(t => new { t.WindowType, t.QueuedSince, t.CalledAt, t.FinishedAt, t.Status }).ToListAsync(cancellationToken);
        // The plan's busy half-hours only: a measured line's day runs from its first ticket to its last.
        var busy = forecast.Busy;
        var planned = forecast.Lines.Count == 0 ? [] : SimulatedDays.Run(new HallDay(
            HallForecast.HalfHour,
            [.. forecast.Lines.Select(l => l.Stream with { ArrivalsPerHour = l.Stream.ArrivalsPerHour.Take(busy).ToArray() })],
            [.. forecast.Lines.Select(l => new WindowGroup(l.Type.ToString(), new HashSet<string> { l.Type.ToString() }, l.Recommended.Take(busy).ToArray()))])
        { CalledWithin = forecast.Targets.CalledWithin })
            .Select((days, i) => (forecast.Lines[i].Type, Waiting: days.Average(d => d.AverageWaiting)))
            .ToDictionary(p => p.Type, p => p.Waiting);

        return tickets.GroupBy(t => t.WindowType).OrderBy(g => g.Key).Select(line =>
        {
            var stays = line.Select(t => new QueueStay(t.QueuedSince, t.CalledAt ?? (t.Status == TicketStatus.Waiting ? null : t.FinishedAt), t.CalledAt is not null)).ToList();
            var measured = MeasuredQueue.Of(stays, forecast.Targets.CalledWithin);
            return new Contract.MeasuredLine
            {
                WindowType = QueueMapping.ToContract(line.Key),
                Arrivals = stays.Count,
                Served = line.Count(t => t.Status == TicketStatus.Served),
                NoShows = line.Count(t => t.Status == TicketStatus.NoShow),
                AverageWaiting = Math.Round(measured.AverageWaiting, 2),
                MostWaiting = measured.MostWaiting,
                CalledWithinShare = Math.Round(measured.CalledWithinShare, 3),
                PlannedAverageWaiting = Math.Round(planned.GetValueOrDefault(line.Key), 2),
            };
        });
    }

    /// <summary>
    /// The comprehensive windows' residents split into the lines of work of the items they came for (the categories of
    /// the items accepted in the weeks before; of the catalogue's items when none were), each line at its own windows.
    /// </summary>
    private async Task<Contract.ArrangementComparison> ArrangementsAsync(ForecastDay forecast, DateOnly day, CancellationToken cancellationToken)
    {
        var comparison = new Contract.ArrangementComparison();
        if (forecast.Lines.FirstOrDefault(l => l.Type == WindowType.Comprehensive) is not { } comprehensive)
        {
            return comparison;
        }

        var items = (await catalogue.AllInForceAsync(cancellationToken)).Where(i => i.WindowType == WindowType.Comprehensive)
            .ToDictionary(i => i.ItemCode, i => i.Category, StringComparer.Ordinal);
        var since = ChinaTime.StartOfDay(day.AddDays(-7 * HistoryWeeks));
        var until = ChinaTime.StartOfDay(day);
        var accepted = await db.Files.AsNoTracking().Where(f => f.AcceptedAt >= since && f.AcceptedAt < until)
            .GroupBy(f => f.ItemCode).Select(g => new { ItemCode = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byCategory = accepted.Where(a => items.ContainsKey(a.ItemCode)).GroupBy(a => items[a.ItemCode]).ToDictionary(g => g.Key, g => (double)g.Sum(a => a.Count));
        if (byCategory.Count == 0)
        {
            byCategory = items.Values.GroupBy(c => c).ToDictionary(g => g.Key, g => (double)g.Count());
        }

        var total = byCategory.Values.Sum();
        var stream = comprehensive.Stream;
        var lines = byCategory.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => stream with
        {
            Line = c.Key,
            ArrivalsPerHour = [.. stream.ArrivalsPerHour.Select(rate => rate * c.Value / total)],
        }).ToList();
        var patience = options.Value.Plan.MeanPatience;
        var staff = comprehensive.Recommended;
        var together = SimulatedDays.Days(WindowArrangement.Comprehensive(lines, staff, HallForecast.HalfHour) with { MeanPatience = patience, CalledWithin = forecast.Targets.CalledWithin });
        var apart = SimulatedDays.Days(WindowArrangement.LineBased(lines, staff, HallForecast.HalfHour) with { MeanPatience = patience, CalledWithin = forecast.Targets.CalledWithin });
        comparison.Staff.AddRange(staff);
        comparison.Lines.AddRange(lines.Select(l => l.Line));
        comparison.Arrived = Math.Round(together.Average(d => d.Arrived), 1);
        comparison.ComprehensiveServed = Math.Round(together.Average(d => d.Served), 1);
        comparison.LineBasedServed = Math.Round(apart.Average(d => d.Served), 1);
        comparison.ComprehensiveAverageWaiting = Math.Round(together.Average(d => d.AverageWaiting), 2);
        comparison.LineBasedAverageWaiting = Math.Round(apart.Average(d => d.AverageWaiting), 2);
        comparison.MoreServedShare = comparison.LineBasedServed == 0 ? 0 : Math.Round(comparison.ComprehensiveServed / comparison.LineBasedServed - 1, 3);
        return comparison;
    }

    /// <summary>
    /// The periodic items due, at the start of the day, for each household that had a visit; offered when a receipt of
    /// the visit listed it or the visit accepted it.
    /// </summary>
    private async Task<Contract.DueItemsOffered> DueItemsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var starts = ChinaTime.StartOfDay(day);
        var visits = await db.Visits.AsNoTracking().Where(v => v.StartedAt >= starts && v.StartedAt < ChinaTime.StartOfDay(day.AddDays(1)))
            .Select(v => new { v.Id, v.HouseholdId, v.OfferedItemCodes }).ToListAsync(cancellationToken);
        if (visits.Count == 0)
        {
            return new Contract.DueItemsOffered();
        }

        var households = visits.Select(v => v.HouseholdId).Distinct().ToList();
        var periodic = await catalogue.PeriodicAsync(cancellationToken);
        var codes = periodic.Select(p => p.ItemCode).ToList();
        var files = await db.Files.AsNoTracking().Where(f => households.Contains(f.HouseholdId) && codes.Contains(f.ItemCode))
            .Select(f => new { f.HouseholdId, f.ItemCode, f.VisitId, f.Outcome, f.CompletedAt, f.AcceptedAt }).ToListAsync(cancellationToken);

        var figures = new Contract.DueItemsOffered { Households = households.Count };
        foreach (var household in households)
        {
            // The household's history as it stood when the day began: what the day accepted does not hide what was due.
            var history = files.Where(f => f.HouseholdId == household).GroupBy(f => f.ItemCode).Select(g => new ItemHistory(
                g.Key,
                g.Where(f => f.Outcome == CompletionOutcome.Granted && f.CompletedAt < starts).Max(f => f.CompletedAt) is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : null,
                g.Any(f => f.AcceptedAt < starts && (f.CompletedAt is null || f.CompletedAt >= starts))));
            var due = DueItems.Find(periodic, history, day, options.Value.BundlingLookAheadDays, []).Select(d => d.ItemCode).ToList();
            var ofVisits = visits.Where(v => v.HouseholdId == household).Select(v => v.Id).ToHashSet();
            var accepted = files.Where(f => ofVisits.Contains(f.VisitId)).Select(f => f.ItemCode).ToHashSet(StringComparer.Ordinal);
            var offered = visits.Where(v => v.HouseholdId == household).SelectMany(v => v.OfferedItemCodes).Concat(accepted).ToHashSet(StringComparer.Ordinal);
            figures.Due += due.Count;
            figures.Offered += due.Count(offered.Contains);
            figures.Accepted += due.Count(accepted.Contains);
        }

        return figures;
    }
}
