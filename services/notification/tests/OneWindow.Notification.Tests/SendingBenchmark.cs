using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Notification.Domain;
using OneWindow.Persistence;
using StackExchange.Redis;

namespace OneWindow.Notification.Tests;

/// <summary>
/// The issue's benchmark, run on demand (<c>dotnet test --filter SendingBenchmark -- xUnit.Explicit=only</c>): files
/// returned for supplement (application-reviewed through the real redis transport) over three centres, each becoming
/// an app notice and a text message that the sender addresses through intake's Contacts and writes through the local
/// SMS adapter. Two phases: NOTIFICATION_BENCH_PACED events (default 300) at NOTIFICATION_BENCH_RATE per second
/// (default 20), then a burst of NOTIFICATION_BENCH_BURST (default 1,000) published at once. Reports the lag from the
/// event published to the SMS sent (p50/p95/p99) and, for the burst, the sustained rate (messages over the time from
/// the first event published to the last message sent). The baseline, measured in the same run on the same Redis, is
/// the bare hop the event makes: XADD, XREADGROUP and XACK one message at a time; figures are given as ratios to it.
/// Nothing here is asserted on time.
/// </summary>
public sealed class SendingBenchmark(LocalSmsFactory notification) : IClassFixture<LocalSmsFactory>
{
    [Fact(Explicit = true)]
    public async Task Returned_files_to_text_messages_sent_through_the_local_adapter()
    {
        var output = TestContext.Current.TestOutputHelper!;
        var paced = Setting("NOTIFICATION_BENCH_PACED", 300);
        var rate = Setting("NOTIFICATION_BENCH_RATE", 20);
        var burst = Setting("NOTIFICATION_BENCH_BURST", 1_000);
        string[] centres = [NotificationFactory.NewCentre(), NotificationFactory.NewCentre(), NotificationFactory.NewCentre()];

        var baseline = await RedisRoundTripsAsync(2_000);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline, raw Redis XADD → XREADGROUP → XACK one at a time: {baseline.PerSecond:0} round trips/s, p50 {baseline.P50:0.00} ms, p99 {baseline.P99:0.00} ms"));

        var files = await AcceptedAsync(centres, paced + burst);
        var load = Stopwatch.StartNew();
        var published = new Dictionary<Guid, DateTimeOffset>();
        for (var n = 0; n < paced; n++)
        {
            published[files[n].FileId] = await ReturnAsync(files[n]);
            var due = TimeSpan.FromSeconds((n + 1) / (double)rate);
            if (due > load.Elapsed)
            {
                await Task.Delay(due - load.Elapsed);
            }
        }

        var pacedSent = await SentAsync([.. files.Take(paced).Select(f => f.FileId)], TimeSpan.FromMinutes(5));
        var pacedLags = Lags(pacedSent, published);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pacedLags.Count}/{paced} at {rate}/s: event published → SMS sent p50 {P(pacedLags, 0.50):0} ms, p95 {P(pacedLags, 0.95):0} ms, p99 {P(pacedLags, 0.99):0} ms, max {pacedLags[^1]:0} ms"));
        output.WriteLine("  " + Legs(pacedSent, published));

        var first = DateTimeOffset.UtcNow;
        foreach (var file in files.Skip(paced))
        {
            published[file.FileId] = await ReturnAsync(file);
        }

        var burstSent = await SentAsync([.. files.Skip(paced).Select(f => f.FileId)], TimeSpan.FromMinutes(10));
        var burstLags = Lags(burstSent, published);
        var span = (burstSent.Values.Max(s => s.SentAt) - first).TotalSeconds;
        var perSecond = burstSent.Count / span;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{burstSent.Count}/{burst} published at once: {perSecond:0.0} messages/s sustained ({span:0.0} s from the first event to the last SMS); lag p50 {P(burstLags, 0.50):0} ms, p99 {P(burstLags, 0.99):0} ms"));
        output.WriteLine("  " + Legs(burstSent, published));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios to the baseline: throughput {perSecond / baseline.PerSecond:0.000}× the bare round-trip rate; paced lag p50 {P(pacedLags, 0.50) / baseline.P50:0}×, p99 {P(pacedLags, 0.99) / baseline.P99:0}× the bare round trip"));
        output.WriteLine($"load average: {(File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Trim() : "n/a")}");
        Assert.Equal(paced, pacedSent.Count);
        Assert.Equal(burst, burstSent.Count);
    }

    /// <summary>Residents known to intake with a file each, accepted through the bus (setup, not measured).</summary>
    private async Task<List<(string Centre, Guid FileId)>> AcceptedAsync(string[] centres, int count)
    {
        var files = new List<(string, Guid)>();
        for (var n = 0; n < count; n++)
        {
            var (centre, residentId, householdId, fileId) = (centres[n % centres.Length], Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            notification.Intake.AddResident(centre, residentId, householdId, NotificationFactory.NewPhone());
            await notification.PublishAsync(new ApplicationAccepted
            {
                OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao-review", ItemVersion = 1, Kind = ItemKind.Routed,
                ResidentId = residentId, HouseholdId = householdId, AcceptingClerkStaffId = "clerk-1", DeliveryMethod = DeliveryMethod.CollectAtCentre,
            }, "intake");
            files.Add((centre, fileId));
        }

        var until = Stopwatch.StartNew();
        while (await notification.QueryAsync(null, db => db.Files.CountAsync(f => centres.Contains(EF.Property<string>(f, TenantOwnership.PropertyName)))) < count)
        {
            Assert.True(until.Elapsed < TimeSpan.FromMinutes(5), "The accepted files did not all arrive.");
            await Task.Delay(500);
        }

        return files;
    }

    private async Task<DateTimeOffset> ReturnAsync((string Centre, Guid FileId) file)
    {
        var now = DateTimeOffset.UtcNow;
        await notification.PublishAsync(new ApplicationReviewed
        {
            OccurredAt = now, Tenant = file.Centre, FileId = file.FileId, ItemCode = "dibao-review", ItemVersion = 1,
            Outcome = ReviewOutcome.Returned, ReviewerStaffId = "reviewer-1", AcceptingClerkStaffId = "clerk-1", ReturnRound = 1,
            MissingMaterialCodes = ["hukou-book"],
        }, "review");
        return now;
    }

    /// <summary>When each file's text message was sent, once all are (or patience runs out).</summary>
    private async Task<Dictionary<Guid, Sent>> SentAsync(List<Guid> fileIds, TimeSpan patience)
    {
        var ids = fileIds.Select(id => (Guid?)id).ToList();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var sent = await notification.QueryAsync(null, db => db.Deliveries.AsNoTracking()
                .Where(d => d.Channel == Channel.Sms && d.SentAt != null && ids.Contains(d.FileId))
                .Select(d => new { FileId = d.FileId!.Value, d.CreatedAt, SentAt = d.SentAt!.Value }).ToListAsync());
            if (sent.Count >= fileIds.Count || waited.Elapsed > patience)
            {
                return sent.ToDictionary(s => s.FileId, s => new Sent(s.CreatedAt, s.SentAt));
            }

            await Task.Delay(250);
        }
    }

    private static List<double> Lags(Dictionary<Guid, Sent> sent, Dictionary<Guid, DateTimeOffset> published) =>
        [.. sent.Select(s => (s.Value.SentAt - published[s.Key]).TotalMilliseconds).Order()];

    /// <summary>The two legs of the lag: the event consumed into deliveries (inbox transaction), then the sender's pass.</summary>
    private static string Legs(Dictionary<Guid, Sent> sent, Dictionary<Guid, DateTimeOffset> published)
    {
        List<double> consumed = [.. sent.Select(s => (s.Value.CreatedAt - published[s.Key]).TotalMilliseconds).Order()];
        List<double> sending = [.. sent.Values.Select(s => (s.SentAt - s.CreatedAt).TotalMilliseconds).Order()];
        return string.Create(CultureInfo.InvariantCulture,
            $"published → delivery created p50 {P(consumed, 0.50):0} ms, p99 {P(consumed, 0.99):0} ms; created → sent p50 {P(sending, 0.50):0} ms, p99 {P(sending, 0.99):0} ms");
    }

    private sealed record Sent(DateTimeOffset CreatedAt, DateTimeOffset SentAt);

    /// <summary>The bare hop: one entry added to a stream, read by a consumer group and acknowledged, one at a time.</summary>
    private async Task<(double PerSecond, double P50, double P99)> RedisRoundTripsAsync(int count)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(notification.RedisConnectionString);
        var db = redis.GetDatabase();
        var stream = $"bench-baseline-{Guid.NewGuid():N}";
        await db.StreamCreateConsumerGroupAsync(stream, "bench", StreamPosition.NewMessages, createStream: true);
        var trips = new List<double>(count);
        var total = Stopwatch.StartNew();
        for (var n = 0; n < count; n++)
        {
            var trip = Stopwatch.StartNew();
            await db.StreamAddAsync(stream, "data", n);
            var read = await db.StreamReadGroupAsync(stream, "bench", "c1", StreamPosition.NewMessages, count: 1);
            await db.StreamAcknowledgeAsync(stream, "bench", read[0].Id);
            trips.Add(trip.Elapsed.TotalMilliseconds);
        }

        var seconds = total.Elapsed.TotalSeconds;
        await db.KeyDeleteAsync(stream);
        trips.Sort();
        return (count / seconds, P(trips, 0.50), P(trips, 0.99));
    }

    private static double P(List<double> sorted, double share) => sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
