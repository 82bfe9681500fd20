namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// One line served by <c>c</c> windows with residents arriving at random and service times exponential (M/M/c), by
/// Erlang's formulas. The load <c>a</c> is in erlangs: arrivals an hour × the mean service time in hours (60 an hour of
/// 10 minutes each is 10). Erlang B comes from its recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), which stays
/// between 0 and 1 for any number of windows where aᶜ / c! overflows; Erlang C from B: C = c·B / (c − a·(1 − B)).
/// </summary>
public static class ErlangC
{
    public static double Blocking(int windows, double load)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(windows);
        ArgumentOutOfRangeException.ThrowIfNegative(load);
        var blocking = 1.0;
        for (var k = 1; k <= windows; k++)
        {
            blocking = load * blocking / (k + load * blocking);
        }

        return blocking;
    }

    /// <summary>The chance that a resident waits at all; 1 when the windows cannot keep up (a ≥ c).</summary>
    public static double WaitProbability(int windows, double load)
    {
        if (load <= 0)
        {
            return 0;
        }

        if (load >= windows)
        {
            return 1;
        }

        var blocking = Blocking(windows, load);
        return windows * blocking / (windows - load * (1 - blocking));
    }

    /// <summary>The average number waiting, Lq = C·a / (c − a); without end when a ≥ c.</summary>
    public static double AverageWaiting(int windows, double load) =>
        load <= 0 ? 0 : load >= windows ? double.PositiveInfinity : WaitProbability(windows, load) * load / (windows - load);

    /// <summary>The share called within <paramref name="withinServiceTimes"/> mean service times: 1 − C·e^(−(c − a)·t / s).</summary>
    public static double ServiceLevel(int windows, double load, double withinServiceTimes) =>
        load <= 0 ? 1 : load >= windows ? 0 : 1 - WaitProbability(windows, load) * Math.Exp(-(windows - load) * withinServiceTimes);
}
