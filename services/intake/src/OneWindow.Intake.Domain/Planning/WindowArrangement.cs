namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// The same residents and the same staff, arranged two ways: every window keeping to one line of work (按条线设窗口),
/// the way centres worked before the reform, or every window taking every item (综合窗口, 一口受理). Simulating both
/// shows a centre what the reform buys in waiting and in residents served a day.
/// </summary>
public static class WindowArrangement
{
    /// <summary>Each line its own windows: the staff on duty in a slot split in proportion to each line's work, at least one each.</summary>
    public static HallDay LineBased(IReadOnlyList<ArrivalStream> lines, IReadOnlyList<int> staff, TimeSpan slot)
    {
        var windows = lines.Select(_ => new int[staff.Count]).ToArray();
        for (var s = 0; s < staff.Count; s++)
        {
            var shares = Split(staff[s], [.. lines.Select(l => l.ArrivalsPerHour[s] * l.Service.MeanMinutes)]);
            for (var l = 0; l < lines.Count; l++)
            {
                windows[l][s] = shares[l];
            }
        }

        return new HallDay(slot, lines, [.. lines.Select((l, i) => new WindowGroup(l.Line, new HashSet<string> { l.Line }, windows[i]))]);
    }

    /// <summary>One queue for every line, called by every window.</summary>
    public static HallDay Comprehensive(IReadOnlyList<ArrivalStream> lines, IReadOnlyList<int> staff, TimeSpan slot) =>
        new(slot, lines, [new WindowGroup("comprehensive", lines.Select(l => l.Line).ToHashSet(), staff)]);

    /// <summary>
    /// Whole windows in proportion to the work by the largest remainder, each line keeping one while there are windows
    /// enough for all: a line-based hall cannot close a line's only window because its residents are few.
    /// </summary>
    private static int[] Split(int windows, double[] work)
    {
        var shares = new int[work.Length];
        var left = windows;
        if (windows >= work.Length)
        {
            Array.Fill(shares, 1);
            left -= work.Length;
        }

        var total = work.Sum();
        if (total <= 0 || left <= 0)
        {
            return shares;
        }

        var exact = work.Select(w => w / total * left).ToArray();
        for (var i = 0; i < work.Length; i++)
        {
            shares[i] += (int)Math.Floor(exact[i]);
        }

        foreach (var i in Enumerable.Range(0, work.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).Take(left - exact.Sum(e => (int)Math.Floor(e))))
        {
            shares[i]++;
        }

        return shares;
    }
}
