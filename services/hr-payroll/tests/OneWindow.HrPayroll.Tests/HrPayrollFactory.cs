using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;
using OneWindow.Testing;
using OneWindow.Tenancy;

namespace OneWindow.HrPayroll.Tests;

/// <summary>hr-payroll on its own database, seeded with the demo district's staff, skills and pay scale.</summary>
public sealed class HrPayrollFactory(PlatformServers servers) : ServiceFactory<Program>(servers, "hr-payroll")
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync();
    }

    /// <summary>The centre's hr-admin from the demo district (jiangpu-s002, dinghai-s002...).</summary>
    public HttpClient HrAdminOf(string centre, string? subject = null) => ClientFor(subject ?? $"{centre}-s002", ["hr-admin"], centre);

    public HttpClient DirectorOf(string centre, string? subject = null) => ClientFor(subject ?? $"{centre}-s001", ["director"], centre);

    public HttpClient StaffOf(string centre, string subject, params string[] roles) => ClientFor(subject, roles, centre);

    /// <summary>The district's hr-admin (no centre): the pay scale; a centre only by naming it.</summary>
    public HttpClient DistrictHr(string? namedCentre = null) => ClientFor("yangpu-hr", ["hr-admin"], tenant: null, namedCentre);

    /// <summary>The district admin (no centre): the working-day calendar.</summary>
    public HttpClient DistrictAdmin() => ClientFor("yangpu-admin", ["district-admin"], tenant: null);

    /// <summary>The events a centre's changes (the district's, for null) put in the outbox, newest last (as their CloudEvent types).</summary>
    public async Task<List<(string Topic, string CloudEvent)>> OutboxAsync(string? centre)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(centre is null ? Tenant.District : Tenant.Centre(centre));
        var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
        return [.. (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Tenant == centre).OrderBy(m => m.OccurredAt).ToListAsync())
            .Select(m => (m.Topic, m.CloudEvent))];
    }

    public async Task<T> QueryAsync<T>(string? centre, Func<HrPayrollDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(centre is null ? Tenant.District : Tenant.Centre(centre));
        return await query(scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>());
    }
}
