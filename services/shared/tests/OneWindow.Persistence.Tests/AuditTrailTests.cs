using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneWindow.Audit;
using OneWindow.Tenancy;
using OneWindow.Testing;

namespace OneWindow.Persistence.Tests;

public sealed class AuditTrailTests(PlatformServers servers) : IAsyncLifetime
{
    private SampleService _service = null!;

    public async ValueTask InitializeAsync() => _service = await SampleService.CreateAsync(servers, start: false);

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task An_audit_record_commits_with_the_change_it_describes()
    {
        await RecordAcceptanceAsync("jiangpu", "F-1", commit: true);

        await using var connection = await _service.OpenAppConnectionAsync("jiangpu");
        Assert.Equal("Done", await Sql.ScalarAsync<string>(connection, "SELECT outcome FROM audit_records WHERE subject_id = 'F-1'"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM notes WHERE text = 'F-1'"));
    }

    [Fact]
    public async Task A_change_that_rolls_back_leaves_no_audit_record()
    {
        await RecordAcceptanceAsync("jiangpu", "F-2", commit: false);

        await using var connection = await _service.OpenAppConnectionAsync("jiangpu");
        Assert.Equal(0L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM audit_records WHERE subject_id = 'F-2'"));
    }

    [Fact]
    public async Task A_refused_action_is_recorded_as_denied_without_its_staged_changes()
    {
        await _service.InScopeAsync(Tenant.Centre("jiangpu"), async services =>
        {
            services.GetRequiredService<SampleDbContext>().Notes.Add(new Note { Text = "F-3" });
            await services.GetRequiredService<IAuditTrail>().RecordDenialAsync(
                new AuditEntry("approve", "file", "F-3", "the approver reviewed this file"), CancellationToken.None);
        });

        await using var connection = await _service.OpenAppConnectionAsync("jiangpu");
        Assert.Equal("Denied", await Sql.ScalarAsync<string>(connection, "SELECT outcome FROM audit_records WHERE subject_id = 'F-3'"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM notes WHERE text = 'F-3'"));
    }

    [Theory]
    [InlineData("UPDATE audit_records SET reason = 'rewritten'")]
    [InlineData("DELETE FROM audit_records")]
    [InlineData("TRUNCATE audit_records")]
    public async Task The_service_role_cannot_rewrite_the_audit_trail(string sql)
    {
        await RecordAcceptanceAsync("jiangpu", "F-4", commit: true);
        await using var connection = await _service.OpenAppConnectionAsync("jiangpu");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(connection, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Not_even_the_owner_can_rewrite_the_audit_trail()
    {
        await RecordAcceptanceAsync("jiangpu", "F-5", commit: true);
        await using var connection = new NpgsqlConnection(_service.OwnerConnectionString);
        await connection.OpenAsync();
        await Sql.ExecuteAsync(connection, "SELECT set_config('onewindow.tenant', 'jiangpu', false)");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(connection, "DELETE FROM audit_records"));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_centre_cannot_read_another_centres_audit_trail()
    {
        await RecordAcceptanceAsync("dinghai", "F-6", commit: true);

        var seen = await _service.InScopeAsync(Tenant.Centre("jiangpu"), services =>
            services.GetRequiredService<SampleDbContext>().Set<AuditRecord>().CountAsync(a => a.SubjectId == "F-6"));

        Assert.Equal(0, seen);
    }

    private Task RecordAcceptanceAsync(string centre, string fileId, bool commit) =>
        _service.InScopeAsync(Tenant.Centre(centre), async services =>
        {
            var context = services.GetRequiredService<SampleDbContext>();
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Notes.Add(new Note { Text = fileId });
            services.GetRequiredService<IAuditTrail>().Record(new AuditEntry("accept", "file", fileId));
            await context.SaveChangesAsync();
            if (commit)
            {
                await transaction.CommitAsync();
            }
        });
}
