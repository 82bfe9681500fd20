using MathNet.Numerics.Distributions;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Seed;

/// <summary>
/// The demo centre's past: eight weeks of Jiangpu Road's tickets before the day the demo was seeded, as a busy centre's
/// hall sees them (a morning peak, a quiet lunch, a smaller afternoon rise, half as many at the weekend; service times
/// with a long tail; a few priority tickets and no-shows), so the director's window planner has a history to forecast
/// from. Seeded (the same figures every time) and once: a centre with tickets before today keeps them. Only the
/// tickets: no files, no events, so no one's pay or performance counts them.
/// </summary>
internal sealed class TicketHistorySeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoSeeder
{
    private const string CentreCode = "jiangpu";
    private const int Weeks = 8;

    /// <summary>Comprehensive arrivals an hour in each half-hour from 08:30 to 17:00 on a weekday.</summary>
    private static readonly double[] Comprehensive = [12, 30, 40, 40, 34, 24, 14, 8, 8, 14, 20, 22, 20, 16, 12, 8, 4];

    private static readonly (WindowType Type, double Share, double MedianMinutes)[] Lines =
    [
        (WindowType.Comprehensive, 1.0, 7),
        (WindowType.PolicyConsultation, 0.15, 9),
        (WindowType.Payment, 0.10, 2.5),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var centre = DemoDistrictGenerator.District.Centre(CentreCode);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre.Code));
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var today = ChinaTime.Today(clock);
        if (await db.Tickets.AnyAsync(t => t.Day < today, cancellationToken))
        {
            return;
        }

        var random = new Random(20_260_101);
        var clerks = centre.Staff.Where(s => s.Roles.Contains(PlatformRoles.Clerk)).Select(s => s.StaffId).ToList();
        var opens = OpeningHours.Parse(centre.OpeningHours).Opens.ToTimeSpan();
        for (var day = today.AddDays(-7 * Weeks); day < today; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.5 : 1.0;
            var opening = ChinaTime.StartOfDay(day) + opens;
            foreach (var (type, share, median) in Lines)
            {
                var windows = centre.Windows.Where(w => DemoWindowTypes.Of(w.Type) == type).Select(w => w.Number).DefaultIfEmpty("01").ToList();
                var issued = new List<DateTimeOffset>();
                for (var slot = 0; slot < Comprehensive.Length; slot++)
                {
                    var count = Poisson.Sample(random, Comprehensive[slot] * share * weekend / 2);
                    issued.AddRange(Enumerable.Range(0, count).Select(_ => opening.AddMinutes((slot + random.NextDouble()) * 30)));
                }

                var sequence = 0;
                foreach (var at in issued.Order())
                {
                    var ticket = Ticket.Issue(Guid.CreateVersion7(), day, type, ++sequence, priority: random.NextDouble() < 0.08, at);
                    var clerk = clerks[random.Next(clerks.Count)];
                    var called = at.AddMinutes(Exponential.Sample(random, 1 / 6.0));
                    ticket.Call(windows[random.Next(windows.Count)], clerk, called);
                    if (random.NextDouble() < 0.03)
                    {
                        ticket.MarkNoShow(clerk, called.AddMinutes(2));
                    }
                    else
                    {
                        ticket.StartService(clerk, null, called.AddMinutes(0.5));
                        ticket.Finish(clerk, called.AddMinutes(0.5 + LogNormal.Sample(random, Math.Log(median), 0.5)));
                    }

                    db.Tickets.Add(ticket);
                }
            }

            // A day at a time: a few hundred rows a statement batch, and a tracker that does not grow all the way.
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
