using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Tenancy;

namespace OneWindow.HrPayroll.Tests;

/// <summary>
/// The benchmark, run on demand (<c>dotnet test --filter PayrollBenchmark -- xUnit.Explicit=only</c>):
/// a district of 20 centres × 60 workers, a month of work events (HRPAYROLL_BENCH_EVENTS, default 500,000)
/// through the real redis transport and inbox, then every centre's evaluation and payroll run (1,200 payslips).
/// Reports the events/s consumed and the duration of the runs.
/// </summary>
public sealed class PayrollBenchmark(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    private const int Centres = 20;
    private const int WorkersPerCentre = 60;
    private const string Month = "2026-10";

    [Fact(Explicit = true)]
    public async Task A_district_payroll_of_1200_payslips_after_a_month_of_work_events()
    {
        var output = TestContext.Current.TestOutputHelper!;
        var events = int.TryParse(Environment.GetEnvironmentVariable("HRPAYROLL_BENCH_EVENTS"), CultureInfo.InvariantCulture, out var n) ? n : 500_000;
        var centres = Enumerable.Range(1, Centres).Select(c => $"bench{c:00}").ToList();
        foreach (var centre in centres)
        {
            await HireCentreAsync(centre);
        }

        var bus = hr.Services.GetRequiredService<IEventBus>();
        var at = new DateTimeOffset(2026, 10, 15, 2, 0, 0, TimeSpan.Zero);
        var published = Stopwatch.StartNew();
        const int batch = 1_000;
        for (var start = 0; start < events; start += batch)
        {
            await Task.WhenAll(Enumerable.Range(start, Math.Min(batch, events - start)).Select(i =>
            {
                var centre = centres[i % Centres];
                var worker = $"{centre}-w{(i / Centres) % WorkersPerCentre:00}";
                IntegrationEvent fact = (i % 10) switch
                {
                    < 6 => new TicketServed { OccurredAt = at, Tenant = centre, TicketId = Guid.NewGuid(), WindowType = WindowType.Comprehensive, Window = "01", ClerkStaffId = worker, WaitedSeconds = 120, ServedSeconds = 300 },
                    < 9 => new RatingRecorded { OccurredAt = at, Tenant = centre, TicketId = Guid.NewGuid(), ClerkStaffId = worker, Score = 4 + (i % 2) },
                    _ => new ApplicationReviewed { OccurredAt = at, Tenant = centre, FileId = Guid.NewGuid(), ItemCode = "dibao", ItemVersion = 1, Outcome = ReviewOutcome.Passed, ReviewerStaffId = worker, AcceptingClerkStaffId = worker, ReturnRound = 0 },
                };
                return bus.PublishAsync(EventEnvelope.Wrap(fact, "bench", "pubsub"), CancellationToken.None);
            }));
        }

        published.Stop();
        var consumed = Stopwatch.StartNew();
        long counted = 0;
        while (counted < events && consumed.Elapsed < TimeSpan.FromMinutes(30))
        {
            await Task.Delay(1_000);
            // Only the benchmark's centres: the demo district seeds work data of its own.
            counted = await hr.QueryAsync(null, db => db.WorkCounts.Where(c => c.StaffId.StartsWith("bench")).SumAsync(c => (long)c.Count));
        }

        consumed.Stop();
        Assert.Equal(events, counted);
        var payroll = Stopwatch.StartNew();
        var payslips = 0;
        foreach (var centre in centres)
        {
            var admin = hr.ClientFor($"{centre}-hr", ["hr-admin"], centre);
            await admin.PostAsJsonAsync($"/v1/evaluations/{Month}:evaluate", new { }).OkAsync();
            payslips += (await admin.PreparedRunAsync(Month)).GetProperty("payslipCount").GetInt32();
        }

        payroll.Stop();
        Assert.Equal(Centres * WorkersPerCentre, payslips);
        output.WriteLine($"events: {events:N0} published in {published.Elapsed.TotalSeconds:0.0} s ({events / published.Elapsed.TotalSeconds:N0}/s)");
        output.WriteLine($"events: all counted {consumed.Elapsed.TotalSeconds:0.0} s after publishing ended; end to end {events / (published.Elapsed + consumed.Elapsed).TotalSeconds:N0} events/s consumed");
        output.WriteLine($"evaluation + payroll run of {Centres} centres, {payslips:N0} payslips: {payroll.Elapsed.TotalSeconds:0.00} s");
    }

    private async Task HireCentreAsync(string centre)
    {
        await using var scope = hr.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        if (await db.Staff.AnyAsync())
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var offset = int.Parse(centre[^2..], CultureInfo.InvariantCulture) * WorkersPerCentre;
        for (var w = 0; w < WorkersPerCentre; w++)
        {
            var id = ResidentIdNumber.Compose("110101", new DateOnly(1980, 1, 1).AddDays(offset + w), 1);
            db.Staff.Add(StaffMember.Hire(
                $"{centre}-w{w:00}", "基准员工", w % 10 == 9 ? Department.FirstReview : Department.FrontWindows, [w % 10 == 9 ? "reviewer" : "clerk"], null, true,
                new Placement(3, 1 + (w % 18)), ProfessionalTitle.None, new DateOnly(2020, 1, 1),
                protector.Protect(id, PersonalDataPurposes.IdNumber), protector.BlindIndex(id, PersonalDataPurposes.IdNumber),
                protector.Protect("6222000000000000", PersonalDataPurposes.BankAccount), now));
        }

        await db.SaveChangesAsync();
    }
}
