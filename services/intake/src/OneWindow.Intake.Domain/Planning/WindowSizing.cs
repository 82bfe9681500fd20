namespace OneWindow.Intake.Domain.Planning;

/// <summary>The fewest windows of one line that keep its targets, by Erlang C.</summary>
public static class WindowSizing
{
    public static int WindowsFor(double arrivalsPerHour, TimeSpan meanService, PlanTargets targets)
    {
        if (arrivalsPerHour <= 0)
        {
            return 0;
        }

        var load = arrivalsPerHour * meanService.TotalHours;
        var within = targets.CalledWithin / meanService;
        // More windows never make either figure worse, so the first that keeps both is the fewest; it exists, since
        // the waiting falls to 0 and the service level rises to 1 as windows are added.
        var windows = (int)Math.Floor(load) + 1;
        while (ErlangC.AverageWaiting(windows, load) > targets.AverageWaiting || ErlangC.ServiceLevel(windows, load, within) < targets.ServiceLevel)
        {
            windows++;
        }

        return windows;
    }
}
