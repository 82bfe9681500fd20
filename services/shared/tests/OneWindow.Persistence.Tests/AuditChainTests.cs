using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneWindow.Audit;
using OneWindow.Tenancy;
using OneWindow.Testing;

namespace OneWindow.Persistence.Tests;

/// <summary>
/// The trail's hash chains (docs/adr/0033): what the service writes verifies, and what the database's owner (or a
/// superuser) does behind the service's back is found, record by record.
/// </summary>
public sealed class AuditChainTests(PlatformServers servers) : IAsyncLifetime
{
    private SampleService _service = null!;

    public async ValueTask InitializeAsync() => _service = await SampleService.CreateAsync(servers, start: false);

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_trail_written_by_the_service_verifies_chain_by_chain()
    {
        await RecordAsync(Tenant.Centre("jiangpu"), "F-1", "F-2", "F-3");
        await RecordAsync(Tenant.Centre("dinghai"), "F-4");
        await RecordAsync(Tenant.District, "catalogue");

        Assert.Empty(await FaultsAsync());
        Assert.Equal("1:F-1,2:F-2,3:F-3", await ChainAsync("jiangpu"));
        Assert.Equal("1:F-4", await ChainAsync("dinghai"));
        var report = new StringWriter();
        Assert.True(await _service.Host.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(report, CancellationToken.None));
        Assert.Contains("centre jiangpu: 3 record(s)", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("district-wide: 1 record(s)", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_the_owner_edits_past_the_append_only_trigger_is_found_and_only_that_one()
    {
        await RecordAsync(Tenant.Centre("jiangpu"), "F-1", "F-2", "F-3");
        var edited = await AsOwnerAsync("jiangpu", async connection =>
        {
            await Sql.ExecuteAsync(connection, """
                ALTER TABLE audit_records DISABLE TRIGGER audit_records_append_only;
                UPDATE audit_records SET reason = 'nothing happened here' WHERE subject_id = 'F-2';
                ALTER TABLE audit_records ENABLE TRIGGER audit_records_append_only;
                """);
            return await Sql.ScalarAsync<long>(connection, "SELECT id FROM audit_records WHERE subject_id = 'F-2'");
        });

        var fault = Assert.Single(await FaultsAsync());

        Assert.Equal(new AuditChainFinding("jiangpu", AuditChainFault.Altered, 2, 2, edited), fault);
        var report = new StringWriter();
        Assert.False(await _service.Host.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(report, CancellationToken.None));
        Assert.Contains($"record #2 (id {edited}) ALTERED", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_the_owner_deletes_is_found_missing_and_nothing_else()
    {
        await RecordAsync(Tenant.Centre("jiangpu"), "F-1", "F-2", "F-3");
        await RecordAsync(Tenant.Centre("dinghai"), "F-4");
        await AsOwnerAsync("jiangpu", connection => Sql.ExecuteAsync(connection, """
            ALTER TABLE audit_records DISABLE TRIGGER audit_records_append_only;
            DELETE FROM audit_records WHERE subject_id = 'F-2';
            ALTER TABLE audit_records ENABLE TRIGGER audit_records_append_only;
            """));

        var fault = Assert.Single(await FaultsAsync());

        Assert.Equal(new AuditChainFinding("jiangpu", AuditChainFault.Missing, 2, 2, null), fault);
    }

    [Fact]
    public async Task Deleting_the_last_records_of_a_chain_is_found_by_its_head()
    {
        await RecordAsync(Tenant.Centre("jiangpu"), "F-1", "F-2", "F-3");
        await AsOwnerAsync("jiangpu", connection => Sql.ExecuteAsync(connection, """
            ALTER TABLE audit_records DISABLE TRIGGER audit_records_append_only;
            DELETE FROM audit_records WHERE subject_id IN ('F-2', 'F-3');
            ALTER TABLE audit_records ENABLE TRIGGER audit_records_append_only;
            """));

        var fault = Assert.Single(await FaultsAsync());

        Assert.Equal(new AuditChainFinding("jiangpu", AuditChainFault.Missing, 2, 3, null), fault);
    }

    [Fact]
    public async Task A_record_slipped_in_past_the_chain_is_found()
    {
        await RecordAsync(Tenant.Centre("jiangpu"), "F-1");
        var slipped = await AsOwnerAsync("jiangpu", async connection =>
        {
            await Sql.ExecuteAsync(connection, """
                ALTER TABLE audit_records DISABLE TRIGGER audit_records_chain;
                ALTER TABLE audit_records ALTER COLUMN chain_seq DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL;
                INSERT INTO audit_records (at, actor, actor_roles, tenant_id, named_by_district, action, subject_type, subject_id, outcome)
                  VALUES (now(), 'jiangpu-s004', 'director', 'jiangpu', false, 'approve', 'file', 'F-9', 'Done');
                ALTER TABLE audit_records ENABLE TRIGGER audit_records_chain;
                """);
            return await Sql.ScalarAsync<long>(connection, "SELECT id FROM audit_records WHERE subject_id = 'F-9'");
        });

        var fault = Assert.Single(await FaultsAsync());

        Assert.Equal(new AuditChainFinding("jiangpu", AuditChainFault.Unchained, 0, 0, slipped), fault);
    }

    [Fact]
    public async Task Writers_of_one_centre_at_the_same_time_queue_for_the_chain_and_never_fork_it()
    {
        await Task.WhenAll(Enumerable.Range(1, 16).Select(i => RecordAsync(Tenant.Centre("jiangpu"), $"F-{i}")));

        Assert.Empty(await FaultsAsync());
        var numbers = (await ChainAsync("jiangpu"))!.Split(',').Select(link => long.Parse(link.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 16).Select(n => (long)n), numbers);
    }

    [Fact]
    public async Task A_trail_written_before_the_chain_is_chained_in_the_order_it_was_written_when_the_service_migrates()
    {
        await RecordAsync(Tenant.Centre("jiangpu"), "F-1", "F-2");
        await RecordAsync(Tenant.Centre("dinghai"), "F-3");
        await AsOwnerAsync("jiangpu", connection => Sql.ExecuteAsync(connection, """
            DROP TRIGGER audit_records_chain ON audit_records;
            DROP TABLE audit_chain_heads;
            ALTER TABLE audit_records DROP COLUMN chain_seq, DROP COLUMN previous_hash, DROP COLUMN hash;
            """));

        foreach (var setup in _service.Host.Services.GetServices<IDatabaseSetup>())
        {
            await setup.MigrateAsync(CancellationToken.None);
        }

        await RecordAsync(Tenant.Centre("jiangpu"), "F-4");
        Assert.Empty(await FaultsAsync());
        Assert.Equal("1:F-1,2:F-2,3:F-4", await ChainAsync("jiangpu"));
        Assert.Equal("1:F-3", await ChainAsync("dinghai"));
    }

    private Task<IReadOnlyList<AuditChainFinding>> FaultsAsync() =>
        _service.Host.Services.GetRequiredService<AuditChainVerifier>().FindFaultsAsync(CancellationToken.None);

    /// <summary>The centre's chain as its numbers and what each record is about, in the chain's order.</summary>
    private async Task<string?> ChainAsync(string centre)
    {
        await using var connection = await _service.OpenAppConnectionAsync(centre);
        return await Sql.ScalarAsync<string>(connection, "SELECT string_agg(chain_seq || ':' || subject_id, ',' ORDER BY chain_seq) FROM audit_records");
    }

    private async Task<T> AsOwnerAsync<T>(string centre, Func<NpgsqlConnection, Task<T>> work)
    {
        await using var connection = new NpgsqlConnection(_service.OwnerConnectionString);
        await connection.OpenAsync();
        await Sql.ExecuteAsync(connection, $"SELECT set_config('onewindow.tenant', '{centre}', false)");
        return await work(connection);
    }

    private Task AsOwnerAsync(string centre, Func<NpgsqlConnection, Task> work) =>
        AsOwnerAsync(centre, async connection =>
        {
            await work(connection);
            return true;
        });

    private async Task RecordAsync(Tenant tenant, params string[] subjects)
    {
        foreach (var subject in subjects)
        {
            await _service.InScopeAsync(tenant, async services =>
            {
                var context = services.GetRequiredService<SampleDbContext>();
                services.GetRequiredService<IAuditTrail>().Record(new AuditEntry("accept", "file", subject, $"含中文的理由 {subject}"));
                await context.SaveChangesAsync();
            });
        }
    }
}
