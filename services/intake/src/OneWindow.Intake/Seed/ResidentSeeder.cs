using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.Events;
using OneWindow.Intake.Application.Residents;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Household = OneWindow.Intake.Domain.Residents.Household;
using Resident = OneWindow.Intake.Domain.Residents.Resident;

namespace OneWindow.Intake.Seed;

/// <summary>
/// intake's part of the demo district: every centre's windows (closed until a clerk opens one) and its
/// households and residents from the generator, with personal data encrypted as the API stores it and a
/// household-changed event each (eligibility facts only). Households holding dibao and public rental
/// housing (as the generator says) have past annual reviews completed so that, on any day the demo
/// runs, those holding both have both reviews falling due (bundling shows) and the others one not yet
/// due. Households already present are left as they are; batches of 400 keep ~2 800 households fast.
/// </summary>
internal sealed class ResidentSeeder(IServiceScopeFactory scopes, PersonalDataProtector protector, TimeProvider clock) : IDemoSeeder
{
    private const int Batch = 400;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var centre in DemoDistrictGenerator.District.Centres)
        {
            await SeedWindowsAsync(centre, cancellationToken);
            for (var start = 0; start < centre.Households.Count; start += Batch)
            {
                await SeedHouseholdsAsync(centre, start, cancellationToken);
            }
        }
    }

    private async Task SeedWindowsAsync(Centre centre, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre.Code));
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var present = await db.Windows.Select(w => w.Number).ToHashSetAsync(cancellationToken);
        foreach (var window in centre.Windows.Where(w => !present.Contains(w.Number)))
        {
            db.Windows.Add(ServiceWindow.Create(window.Number, DemoWindowTypes.Of(window.Type)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedHouseholdsAsync(Centre centre, int start, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre.Code));
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batch = centre.Households.Skip(start).Take(Batch).ToList();
        var ids = batch.Select(h => h.HouseholdId).ToList();
        var present = await db.Households.Where(h => ids.Contains(h.Id)).Select(h => h.Id).ToHashSetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        foreach (var demo in batch)
        {
            if (present.Contains(demo.HouseholdId))
            {
                continue;
            }

            var household = Household.Register(demo.HouseholdId, protector.Protect(demo.Address, PersonalDataPurposes.Address), demo.Grid, demo.MonthlyIncome, demo.BenefitsHeld, now);
            var members = demo.Members.Select(m => NewResident(m, now)).ToList();
            db.Households.Add(household);
            db.Residents.AddRange(members);
            var head = members.First(m => m.Relation == Relation.Head);
            foreach (var (item, completed) in PastReviews(demo.BenefitsHeld, today))
            {
                db.Files.Add(PastFile(centre.Code, item, head, completed));
            }

            outbox.Add(new HouseholdChanged
            {
                OccurredAt = now,
                Tenant = centre.Code,
                HouseholdId = household.Id,
                MemberIds = [.. members.Select(m => m.Id)],
                Facts = ResidentRegister.ToEvent(household.Facts(members, today)),
            });
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Households with both benefits: both reviews fall due (one overdue, one within days); other dibao households: not yet.</summary>
    private static IEnumerable<(string Item, DateTimeOffset Completed)> PastReviews(IReadOnlyList<string> benefits, DateOnly today)
    {
        if (!benefits.Contains("dibao"))
        {
            yield break;
        }

        if (benefits.Contains("public-rental-housing"))
        {
            yield return ("dibao-review", ChinaTime.StartOfDay(today.AddMonths(-12).AddDays(7)).AddHours(10));
            yield return ("public-rental-review", ChinaTime.StartOfDay(today.AddMonths(-12).AddDays(-3)).AddHours(10));
        }
        else
        {
            yield return ("dibao-review", ChinaTime.StartOfDay(today.AddMonths(-6)).AddHours(10));
        }
    }

    private static ApplicationFile PastFile(string centre, string item, Resident head, DateTimeOffset completed)
    {
        var id = Guid.CreateVersion7(completed);
        return ApplicationFile.Completed(id, $"{centre.ToUpperInvariant()}-{ChinaTime.ToChina(completed):yyyyMMdd}-{id.ToString("N")[^8..].ToUpperInvariant()}",
            item, 1, ItemKind.Routed, head.Id, head.HouseholdId, "seed", completed);
    }

    private Resident NewResident(OneWindow.DemoDistrict.Resident member, DateTimeOffset now) => Resident.Register(
        member.ResidentId,
        member.HouseholdId,
        member.HeadOfHousehold ? Relation.Head : Relation.Other,
        protector.Protect(member.Name, PersonalDataPurposes.Name),
        protector.Protect(member.IdNumber.Value, PersonalDataPurposes.IdNumber),
        protector.BlindIndex(member.IdNumber.Value, PersonalDataPurposes.IdNumber),
        protector.Protect(member.Phone, PersonalDataPurposes.Phone),
        member.IdNumber.BirthDate,
        member.HukouDistrict,
        member.DisabilityGrade,
        now);
}
