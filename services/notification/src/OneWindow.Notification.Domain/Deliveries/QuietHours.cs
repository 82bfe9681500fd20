using OneWindow.Common.Time;

namespace OneWindow.Notification.Domain.Deliveries;

/// <summary>
/// No SMS at night: between <see cref="Start"/> and <see cref="End"/> China time (the span may cross midnight)
/// text messages wait until the end of the quiet period. Equal start and end means no quiet hours.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public static QuietHours Default { get; } = new(new TimeOnly(21, 0), new TimeOnly(8, 0));

    public bool Enabled => Start != End;

    /// <summary>"21:00-08:00".</summary>
    public static QuietHours Parse(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && TimeOnly.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var start)
            && TimeOnly.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var end)
            ? new QuietHours(start, end)
            : throw new FormatException($"Quiet hours are written HH:mm-HH:mm, e.g. 21:00-08:00, not '{text}'.");
    }

    public bool Contains(DateTimeOffset instant)
    {
        if (!Enabled)
        {
            return false;
        }

        var time = TimeOnly.FromTimeSpan(ChinaTime.ToChina(instant).TimeOfDay);
        return Start < End ? time >= Start && time < End : time >= Start || time < End;
    }

    /// <summary>The first instant at or after <paramref name="now"/> when an SMS may go.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset now)
    {
        if (!Contains(now))
        {
            return now;
        }

        var local = ChinaTime.ToChina(now);
        var day = DateOnly.FromDateTime(local.DateTime);
        var endToday = ChinaTime.StartOfDay(day).Add(End.ToTimeSpan());
        return endToday > now ? endToday : ChinaTime.StartOfDay(day.AddDays(1)).Add(End.ToTimeSpan());
    }
}
