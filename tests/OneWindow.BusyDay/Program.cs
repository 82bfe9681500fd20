using System.Diagnostics;
using OneWindow.BusyDay;
using OneWindow.DemoDistrict;

// The busy-day drill (docs/adr/0036, eng/busy-day.sh): drives a morning of the demo centre through the run
// stack's gateway as its people would, then prints the director's reform outcomes of the day, as /reform shows them.
var options = DrillOptions.Parse(args);
var centre = DemoDistrictGenerator.District.Centre(options.Centre);
using var stack = new StackClient(options.Address);
var items = new ItemChoice(stack, options.Seed);
var hall = new FrontHall(stack, options, centre, items);
var backOffice = new BackOffice(stack, options, centre);
using var stop = new CancellationTokenSource(TimeSpan.FromHours(2));

var onLeave = await backOffice.SendOnLeaveAsync();
Console.WriteLine(onLeave is null ? "leave: no reviewer could be sent on leave (already away today?)" : $"leave: {onLeave} is on leave today (approved in hr-payroll)");
var clock = Stopwatch.StartNew();
var day = hall.RunAsync(stop.Token);
while (!day.IsCompleted || backOffice.Open > 0 || !hall.Accepted.IsEmpty)
{
    await backOffice.StepAsync(hall);
    if (day.IsCompleted && clock.Elapsed > TimeSpan.FromMinutes(5) + options.Real(TimeSpan.FromHours(options.Hours)) * 3)
    {
        break;
    }

    await Task.Delay(TimeSpan.FromSeconds(1.5));
}

await day;
Console.WriteLine($"drill: {clock.Elapsed:mm\\:ss} for {options.Hours} hours of the hall at {options.Speed}× — {hall.Issued} tickets, {hall.Finished} served, {hall.Bundled} files accepted as due in the same visit; review returned {backOffice.Returned}, passed {backOffice.Passed}; {backOffice.Approved} approved; {backOffice.Open} files still open");
foreach (var (refusal, count) in stack.Refusals.OrderByDescending(r => r.Value))
{
    Console.WriteLine($"  refused {count}×: {refusal}");
}

await new OutcomesReport(stack, centre).PrintAsync();
