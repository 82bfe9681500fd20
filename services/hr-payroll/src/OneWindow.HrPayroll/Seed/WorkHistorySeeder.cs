using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Time;
using OneWindow.DemoDistrict;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Persistence;
using OneWindow.HrPayroll.Persistence.ReadModels;
using StaffMember = OneWindow.DemoDistrict.StaffMember;

namespace OneWindow.HrPayroll.Seed;

/// <summary>
/// The demo's last month of work data, as the district's earlier systems recorded it before OneWindow
/// went live (tickets served and their ratings, files reviewed and completed, quality errors, missed
/// deadlines, social-work cases, home deliveries), so a director can evaluate a month and run its
/// payroll on the first day. Every month after it is counted from events only. Figures are drawn from
/// a fixed seed per centre and month, in the ranges of a busy centre; a centre that already has work
/// data for that month is left as it is.
/// </summary>
internal sealed class WorkHistorySeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var month = ChinaTime.Today(clock).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        foreach (var centre in DemoDistrictGenerator.District.Centres)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre.Code));
            var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
            if (await db.WorkCounts.AnyAsync(w => w.Month == month, cancellationToken))
            {
                continue;
            }

            var random = new Random(StableHash($"{centre.Code}:{month}"));
            db.WorkCounts.AddRange(centre.Staff.SelectMany(member => MonthOf(member, month, random)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static IEnumerable<WorkCount> MonthOf(StaffMember member, string month, Random random)
    {
        // Heads carry a smaller share of the counter work: they also run their department.
        var share = member.Roles.Contains("head") ? 0.5 : 1.0;
        int Draw(int from, int to) => (int)Math.Round(random.Next(from, to + 1) * share);
        WorkCount Count(WorkMetric metric, int count, decimal total) =>
            new() { StaffId = member.StaffId, Month = month, Metric = metric, Count = count, Total = total };

        switch (member.Department)
        {
            case DemoDepartment.FrontWindows when member.Roles.Contains("clerk"):
                var served = Draw(280, 420);
                yield return Count(WorkMetric.TicketsServed, served, served * random.Next(300, 600));
                var rated = served * random.Next(45, 70) / 100;
                yield return Count(WorkMetric.Satisfaction, rated, Math.Round(rated * (4.5m + (random.Next(0, 46) / 100m))));
                yield return Count(WorkMetric.FilesCompleted, Draw(60, 140), 0);
                if (random.Next(10) == 0)
                {
                    yield return Count(WorkMetric.Complaints, 1, 1);
                }

                break;
            case DemoDepartment.FirstReview:
                yield return Count(WorkMetric.FilesReviewed, Draw(70, 130), 0);
                if (random.Next(3) == 0)
                {
                    yield return Count(WorkMetric.QualityErrors, random.Next(1, 3), 0);
                }

                if (random.Next(5) == 0)
                {
                    yield return Count(WorkMetric.DeadlinesMissed, 1, 0);
                }

                break;
            case DemoDepartment.PolicyAndLaw:
                yield return Count(WorkMetric.FilesCompleted, Draw(60, 110), 0);
                break;
            case DemoDepartment.SocialWork:
                yield return Count(WorkMetric.CasesHandled, Draw(25, 60), 0);
                break;
            case DemoDepartment.Grid:
                yield return Count(WorkMetric.DeliveriesConfirmed, Draw(20, 50), 0);
                if (random.Next(4) == 0)
                {
                    yield return Count(WorkMetric.DeliveriesFailed, random.Next(1, 4), 0);
                }

                break;
        }
    }

    /// <summary>string.GetHashCode differs per process; the demo's figures must not.</summary>
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
