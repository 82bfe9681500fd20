using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using MathNet.Numerics.Distributions;
using OneWindow.DemoDistrict;

namespace OneWindow.BusyDay;

/// <summary>
/// The hall's morning, faster than life: residents take tickets at the kiosk at the rate the plan forecasts for each
/// half-hour; as many clerks as the plan recommends open comprehensive windows, call, name the resident, accept what
/// they came for and whatever the receipt offers as due in the same visit, serve for a log-normal time, and finish.
/// Clerks beyond the plan's windows close theirs when the half-hour turns.
/// </summary>
public sealed class FrontHall(StackClient stack, DrillOptions options, Centre centre, ItemChoice items)
{
    private const string Comprehensive = "WINDOW_TYPE_COMPREHENSIVE";
    private readonly ConcurrentQueue<Resident> _residents = new(Shuffled(centre.Residents.ToList(), options.Seed));
    private readonly string _device = centre.Staff.First(s => s.Roles.Contains("device")).StaffId;
    private int _issued;
    private int _finished;
    private volatile bool _arriving = true;

    /// <summary>Files accepted at the windows, for the back office.</summary>
    public ConcurrentQueue<AcceptedFile> Accepted { get; } = new();

    public int Issued => _issued;

    public int Finished => _finished;

    public int Bundled { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var head = centre.Staff.First(s => s.Roles.Contains("head") && s.Roles.Contains("clerk")).StaffId;
        // The day starts at the first half-hour anybody is expected: a stack open round the clock plans from midnight.
        // The busy day is planned as the director would plan it: the what-if at the drill's arrivals.
        var plan = await stack.GetAsync($"api/intake/v1/plan/windows?day={today}&arrivalsPercent={options.ArrivalsPercent}", head)
            ?? throw new InvalidOperationException("the plan for today was refused: is the run stack up, with the demo centre seeded?");
        var slots = plan.GetProperty("slots").EnumerateArray().Where(s => s.GetProperty("windowType").GetString() == Comprehensive)
            .Select(s => (PerHour: s.GetProperty("arrivalsPerHour").GetDouble(), Windows: s.GetProperty("plannedWindows").GetInt32()))
            .SkipWhile(s => s.PerHour == 0).Take((int)Math.Ceiling(options.Hours * 2)).ToList();
        var windows = centre.Windows.Where(w => w.Type == DemoWindowType.Comprehensive).Select(w => w.Number).ToList();
        var clerks = centre.Staff.Where(s => s.Roles.Contains("clerk")).Select(s => s.StaffId).Take(windows.Count).ToList();
        Console.WriteLine($"plan: {slots.Sum(s => s.PerHour / 2):0} residents expected in {slots.Count} half-hours, up to {slots.Max(s => s.Windows)} comprehensive windows; {clerks.Count} clerks at windows {string.Join(' ', windows.Take(clerks.Count))}");

        var clock = Stopwatch.StartNew();
        int OpenNow() => Math.Max(1, slots[Math.Min(slots.Count - 1, (int)(clock.Elapsed / options.Real(TimeSpan.FromMinutes(30))))].Windows);
        var desks = clerks.Select((clerk, i) => DeskAsync(clerk, windows[i], i, OpenNow, cancellationToken)).ToList();
        await ArrivalsAsync(slots, clock, cancellationToken);
        _arriving = false;
        await Task.WhenAll(desks);
    }

    private async Task ArrivalsAsync(IReadOnlyList<(double PerHour, int Windows)> slots, Stopwatch clock, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var halfHour = options.Real(TimeSpan.FromMinutes(30));
        var times = slots.SelectMany((slot, i) => Enumerable.Range(0, Poisson.Sample(random, slot.PerHour / 2))
            .Select(_ => halfHour * (i + random.NextDouble()))).Order().ToList();
        // The first window opens before the first resident comes: the kiosk issues tickets only for a type that is open.
        await Task.Delay(options.Real(TimeSpan.FromMinutes(1)), cancellationToken);
        foreach (var at in times)
        {
            if (at > clock.Elapsed)
            {
                await Task.Delay(at - clock.Elapsed, cancellationToken);
            }

            if (await stack.PostAsync("api/intake/v1/tickets", _device, new { windowType = Comprehensive }) is not null)
            {
                Interlocked.Increment(ref _issued);
            }
        }
    }

    private async Task DeskAsync(string clerk, string window, int index, Func<int> openNow, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed + index);
        var service = new LogNormal(Math.Log(7), 0.5, random);
        var open = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            var wanted = index < openNow() || (index == 0 && (_arriving || _finished < _issued));
            if (wanted != open)
            {
                open = await stack.PostAsync($"api/intake/v1/windows/{window}:{(wanted ? "open" : "close")}", clerk, wanted ? new { type = Comprehensive } : new { }) is not null ? wanted : open;
            }

            if (!open)
            {
                if (!_arriving && _finished >= _issued)
                {
                    return;
                }

                await Task.Delay(options.Real(TimeSpan.FromMinutes(2)), cancellationToken);
                continue;
            }

            var ticket = await stack.PostAsync($"api/intake/v1/windows/{window}:call-next", clerk, new { });
            if (ticket is not { } called || called.GetProperty("status").GetString() != "TICKET_STATUS_CALLED")
            {
                if (!_arriving && _finished >= _issued)
                {
                    await stack.PostAsync($"api/intake/v1/windows/{window}:close", clerk, new { });
                    return;
                }

                await Task.Delay(options.Real(TimeSpan.FromSeconds(30)), cancellationToken);
                continue;
            }

            var started = Stopwatch.StartNew();
            var ticketId = called.GetProperty("ticketId").GetString()!;
            await ServeAsync(clerk, ticketId);
            var left = options.Real(TimeSpan.FromMinutes(service.Sample())) - started.Elapsed;
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, cancellationToken);
            }

            await stack.PostAsync($"api/intake/v1/tickets/{ticketId}:finish", clerk, new { });
            Interlocked.Increment(ref _finished);
        }
    }

    /// <summary>Names the resident, accepts the item they came for, and every item the receipt offers as due.</summary>
    private async Task ServeAsync(string clerk, string ticketId)
    {
        if (!_residents.TryDequeue(out var resident) ||
            await stack.PostAsync($"api/intake/v1/tickets/{ticketId}:start", clerk, new { residentId = resident.ResidentId }) is null)
        {
            return;
        }

        var item = items.Next();
        var reply = await stack.PostAsync("api/intake/v1/applications", clerk, new { itemCode = item.Code, residentId = resident.ResidentId, ticketId, materials = await items.MaterialsAsync(item.Code, clerk) });
        if (reply is not { } accepted)
        {
            return;
        }

        Keep(accepted, item.Code, clerk, bundled: false);
        var visitId = accepted.GetProperty("file").GetProperty("visitId").GetString();
        foreach (var due in accepted.TryGetProperty("alsoDue", out var alsoDue) ? alsoDue.EnumerateArray().Select(d => d.GetProperty("itemCode").GetString()!).ToList() : [])
        {
            if (await stack.PostAsync("api/intake/v1/applications", clerk, new { itemCode = due, residentId = resident.ResidentId, ticketId, visitId, fromBundling = true, materials = await items.MaterialsAsync(due, clerk) }) is { } bundled)
            {
                Keep(bundled, due, clerk, bundled: true);
            }
        }
    }

    private void Keep(JsonElement reply, string itemCode, string clerk, bool bundled)
    {
        var file = reply.GetProperty("file");
        if (bundled)
        {
            Bundled++;
        }

        if (file.GetProperty("status").GetString() != "FILE_STATUS_COMPLETED")
        {
            Accepted.Enqueue(new AcceptedFile(file.GetProperty("fileId").GetString()!, itemCode, clerk));
        }
    }

    private static IEnumerable<Resident> Shuffled(List<Resident> residents, int seed)
    {
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(residents));
        return residents;
    }
}
