using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Outbox;
using OneWindow.Tenancy;
using OneWindow.Testing;
using StackExchange.Redis;

namespace OneWindow.Persistence.Tests;

public sealed class OutboxTests(PlatformServers servers) : IAsyncLifetime
{
    private ConnectionMultiplexer _redis = null!;

    public async ValueTask InitializeAsync() => _redis = await ConnectionMultiplexer.ConnectAsync(servers.Redis.ConnectionString);

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task A_committed_change_and_its_event_are_published_with_tenant_and_trace()
    {
        await using var service = await SampleService.CreateAsync(servers);
        using var activity = new Activity("accept").SetIdFormat(ActivityIdFormat.W3C).Start();

        var noteId = await WriteNoteWithEventAsync(service, "jiangpu", commit: true);

        var published = await WaitForEventAsync(noteId);
        Assert.Equal("jiangpu", published.GetProperty("tenant").GetString());
        Assert.Equal($"onewindow.{service.AppId}.note-written.v1", published.GetProperty("type").GetString());
        Assert.Equal(activity.TraceId.ToString(), published.GetProperty("traceparent").GetString()!.Split('-')[1]);
    }

    [Fact]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        await using var service = await SampleService.CreateAsync(servers);

        var rolledBack = await WriteNoteWithEventAsync(service, "jiangpu", commit: false);
        var committed = await WriteNoteWithEventAsync(service, "jiangpu", commit: true);

        await WaitForEventAsync(committed);
        Assert.DoesNotContain(await SubjectsOnStreamAsync(), subject => subject == rolledBack.ToString());
        await using var connection = await service.OpenAppConnectionAsync("jiangpu");
        Assert.Equal(0L, await Sql.ScalarAsync<long>(connection, $"SELECT count(*) FROM notes WHERE id = '{rolledBack}'"));
    }

    [Fact]
    public async Task An_event_committed_just_before_the_process_died_is_published_after_restart()
    {
        Guid noteId;
        string database;
        await using (var crashed = await SampleService.CreateAsync(servers, start: false))
        {
            // Never started: the dispatcher never ran, as if the process was killed after the commit.
            noteId = await WriteNoteWithEventAsync(crashed, "dinghai", commit: true);
            database = crashed.Database;
        }

        await using var restarted = await SampleService.CreateAsync(servers, reuseDatabase: database);

        await WaitForEventAsync(noteId);
    }

    [Fact]
    public async Task A_duplicate_delivery_has_one_effect()
    {
        await using var service = await SampleService.CreateAsync(servers);
        var noteId = await WriteNoteWithEventAsync(service, "pingliang", commit: true);
        var entry = await WaitForEntryAsync(noteId);

        // The same CloudEvent delivered again, as a redelivery after a lost acknowledgement would.
        await _redis.GetDatabase().StreamAddAsync("note-written", "data", entry);
        var marker = await WriteNoteWithEventAsync(service, "pingliang", commit: true);

        await Sql.EventuallyAsync(
            async () => await CountCopiesAsync(service, marker) == 1,
            "The marker event was never handled.");
        Assert.Equal(1L, await CountCopiesAsync(service, noteId));
    }

    private static async Task<long> CountCopiesAsync(SampleService service, Guid noteId)
    {
        await using var connection = await service.OpenAppConnectionAsync("pingliang");
        return await Sql.ScalarAsync<long>(connection, $"SELECT count(*) FROM notes WHERE text = 'copy of {noteId}'");
    }

    private static Task<Guid> WriteNoteWithEventAsync(SampleService service, string centre, bool commit) =>
        service.InScopeAsync(Tenant.Centre(centre), async services =>
        {
            var context = services.GetRequiredService<SampleDbContext>();
            await using var transaction = await context.Database.BeginTransactionAsync();
            var note = new Note { Text = "accepted" };
            context.Notes.Add(note);
            services.GetRequiredService<IOutbox>().Add(new NoteWritten
            {
                NoteId = note.Id,
                OccurredAt = TimeProvider.System.GetUtcNow(),
                Tenant = centre,
            });
            await context.SaveChangesAsync();
            if (commit)
            {
                await transaction.CommitAsync();
            }
            else
            {
                await transaction.RollbackAsync();
            }

            return note.Id;
        });

    private async Task<JsonElement> WaitForEventAsync(Guid noteId) =>
        JsonDocument.Parse((byte[])(await WaitForEntryAsync(noteId))!).RootElement;

    private async Task<RedisValue> WaitForEntryAsync(Guid noteId)
    {
        RedisValue found = RedisValue.Null;
        await Sql.EventuallyAsync(async () =>
        {
            foreach (var entry in await _redis.GetDatabase().StreamRangeAsync("note-written"))
            {
                var data = entry["data"];
                if (JsonDocument.Parse((byte[])data!).RootElement.GetProperty("subject").GetString() == noteId.ToString())
                {
                    found = data;
                    return true;
                }
            }

            return false;
        }, $"The event of note {noteId} never reached the stream.");
        return found;
    }

    private async Task<IReadOnlyList<string?>> SubjectsOnStreamAsync() =>
        (await _redis.GetDatabase().StreamRangeAsync("note-written"))
            .Select(e => JsonDocument.Parse((byte[])e["data"]!).RootElement.GetProperty("subject").GetString())
            .ToList();
}
