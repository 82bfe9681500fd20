using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Application.Outreach;
using OneWindow.SocialWork.Persistence;
using OneWindow.Persistence;
using OneWindow.Tenancy;

namespace OneWindow.SocialWork.Tests;

/// <summary>The silent-family scan asked for each night, by one replica of however many look (a class of its own: it scans every centre of its database).</summary>
public sealed class NightlyScanTests(SocialWorkFactory factory) : IClassFixture<SocialWorkFactory>
{
    /// <summary>Last night at half past two, China time: the scans asked now fall after it began.</summary>
    private static readonly DateTimeOffset LastNight = ChinaTime.StartOfDay(ChinaTime.Today(TimeProvider.System).AddDays(-1)).AddHours(2.5);

    [Fact]
    public async Task Tonights_scan_of_every_centre_is_asked_once_however_many_replicas_look()
    {
        var first = SocialWorkFactory.NewCentre();
        var second = SocialWorkFactory.NewCentre();
        await factory.KnownHouseholdAsync(first, age: 86, size: 1, perCapita: 2_000m);
        await factory.KnownHouseholdAsync(second, age: 50, size: 3, perCapita: 1_800m, disabilityGrade: 1);

        var asked = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => AskAsync(LastNight)));
        var again = await AskAsync(LastNight.AddHours(1));

        Assert.Equal(1, asked.Count(a => a));
        Assert.False(again);
        // Every centre with households, each once (the class's other test may have added one of its own).
        var scanned = await NightlyScansAsync();
        Assert.Contains(first, scanned);
        Assert.Contains(second, scanned);
        Assert.Equal(scanned.Count, scanned.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Nothing_is_asked_before_the_night_begins_or_once_the_morning_has_come()
    {
        var centre = SocialWorkFactory.NewCentre();
        await factory.KnownHouseholdAsync(centre, age: 86, size: 1, perCapita: 2_000m);
        var before = await NightlyScansAsync();

        var evening = await AskAsync(LastNight.AddHours(-3));
        var morning = await AskAsync(LastNight.AddHours(6));

        Assert.False(evening);
        Assert.False(morning);
        Assert.Equal(before, await NightlyScansAsync());
    }

    [Fact]
    public async Task A_stack_configured_without_a_night_never_asks_one_itself()
    {
        // As the run command's stack and these tests are configured ("NightlyScanAt": ""): scans only on demand.
        Assert.Null(factory.Services.GetRequiredService<IOptions<SocialWorkOptions>>().Value.NightlyScanAt);
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);

        Assert.False(await scope.ServiceProvider.GetRequiredService<NightlyScan>().RunIfDueAsync(LastNight, CancellationToken.None));
    }

    /// <summary>One replica's look at <paramref name="now"/>, with the night beginning at 02:00.</summary>
    private async Task<bool> AskAsync(DateTimeOffset now)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var nightly = new NightlyScan(
            scope.ServiceProvider.GetRequiredService<SocialWorkDbContext>(),
            scope.ServiceProvider.GetRequiredService<ScanSilentFamilies>(),
            Options.Create(new SocialWorkOptions { NightlyScanAt = TimeSpan.FromHours(2) }));
        return await nightly.RunIfDueAsync(now, CancellationToken.None);
    }

    /// <summary>The centres of the scans the night asked for.</summary>
    private async Task<List<string>> NightlyScansAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<SocialWorkDbContext>();
        return await db.Scans.AsNoTracking().Where(s => s.RequestedBy == NightlyScan.Subject)
            .Select(s => EF.Property<string>(s, TenantOwnership.PropertyName)).ToListAsync();
    }
}
