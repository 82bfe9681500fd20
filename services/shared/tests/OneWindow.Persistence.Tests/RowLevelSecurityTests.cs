using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneWindow.Tenancy;
using OneWindow.Testing;

namespace OneWindow.Persistence.Tests;

public sealed class RowLevelSecurityTests(PlatformServers servers) : IAsyncLifetime
{
    private SampleService _service = null!;

    public async ValueTask InitializeAsync()
    {
        _service = await SampleService.CreateAsync(servers, start: false);
        await WriteNoteAsync("jiangpu", "A's note");
        await WriteNoteAsync("dinghai", "B's note");
    }

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task With_centre_A_set_raw_SQL_sees_none_of_centre_B_rows()
    {
        await using var connection = await _service.OpenAppConnectionAsync("jiangpu");

        Assert.Equal(0L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM notes WHERE tenant_id = 'dinghai'"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM notes"));
    }

    [Fact]
    public async Task Without_a_tenant_no_rows_are_visible()
    {
        await using var connection = await _service.OpenAppConnectionAsync(centre: null);

        Assert.Equal(0L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM notes"));
    }

    [Fact]
    public async Task The_app_role_cannot_turn_row_level_security_off()
    {
        await using var connection = await _service.OpenAppConnectionAsync("jiangpu");

        var disable = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(connection, "ALTER TABLE notes DISABLE ROW LEVEL SECURITY"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, disable.SqlState);

        await Sql.ExecuteAsync(connection, "SET row_security = off");
        var read = await Assert.ThrowsAsync<PostgresException>(() => Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM notes"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, read.SqlState);
    }

    [Fact]
    public async Task A_centre_cannot_insert_a_row_for_another_centre_even_with_raw_SQL()
    {
        await using var connection = await _service.OpenAppConnectionAsync("jiangpu");

        var insert = await Assert.ThrowsAsync<PostgresException>(() =>
            Sql.ExecuteAsync(connection, "INSERT INTO notes (id, text, tenant_id) VALUES (gen_random_uuid(), 'planted', 'dinghai')"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);
    }

    [Fact]
    public async Task District_scope_reads_every_centre_but_cannot_write_without_naming_one()
    {
        await using var connection = await _service.OpenAppConnectionAsync(centre: null, districtWide: true);

        Assert.Equal(2L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM notes"));
        await Assert.ThrowsAsync<PostgresException>(() =>
            Sql.ExecuteAsync(connection, "INSERT INTO notes (id, text, tenant_id) VALUES (gen_random_uuid(), 'x', 'jiangpu')"));
    }

    [Fact]
    public async Task The_query_filter_shows_a_centre_only_its_own_notes()
    {
        var texts = await _service.InScopeAsync(Tenant.Centre("dinghai"), services =>
            services.GetRequiredService<SampleDbContext>().Notes.Select(n => n.Text).ToListAsync());

        Assert.Equal(["B's note"], texts);
    }

    [Fact]
    public async Task Saving_a_note_stamps_it_with_the_centre_in_scope()
    {
        await using var connection = await _service.OpenAppConnectionAsync("jiangpu");

        Assert.Equal("jiangpu", await Sql.ScalarAsync<string>(connection, "SELECT tenant_id FROM notes WHERE text = 'A''s note'"));
    }

    [Fact]
    public async Task Adding_a_note_without_a_centre_is_refused()
    {
        await Assert.ThrowsAsync<TenantRequiredException>(() => _service.InScopeAsync(Tenant.District, async services =>
        {
            var context = services.GetRequiredService<SampleDbContext>();
            context.Notes.Add(new Note { Text = "whose?" });
            await context.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task A_pooled_connection_forgets_its_tenant_when_returned()
    {
        await _service.InScopeAsync(Tenant.Centre("jiangpu"), services =>
            services.GetRequiredService<SampleDbContext>().Notes.CountAsync());

        // Same connection string, same pool: the physical connection EF just returned.
        await using var connection = new NpgsqlConnection(_service.AppConnectionString);
        await connection.OpenAsync();
        Assert.Equal(string.Empty, await Sql.ScalarAsync<string>(connection, "SELECT coalesce(current_setting('onewindow.tenant', true), '')"));
    }

    [Fact]
    public async Task Every_table_with_a_tenant_column_is_forced_under_row_level_security()
    {
        await using var connection = new NpgsqlConnection(_service.OwnerConnectionString);
        await connection.OpenAsync();

        Assert.Empty(await RowLevelSecurity.FindUnprotectedTenantTablesAsync(connection, CancellationToken.None));
        Assert.True(await Sql.ScalarAsync<bool>(connection, "SELECT relforcerowsecurity FROM pg_class WHERE relname = 'notes'"));
    }

    [Fact]
    public async Task Migrating_twice_changes_nothing()
    {
        await using var again = await SampleService.CreateAsync(servers, start: false, reuseDatabase: _service.Database);
        await using var connection = await _service.OpenAppConnectionAsync(centre: null, districtWide: true);

        Assert.Equal(2L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM notes"));
    }

    private Task WriteNoteAsync(string centre, string text) =>
        _service.InScopeAsync(Tenant.Centre(centre), async services =>
        {
            var context = services.GetRequiredService<SampleDbContext>();
            context.Notes.Add(new Note { Text = text });
            await context.SaveChangesAsync();
        });
}
