using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OneWindow.Intake.Domain.Queue;

/// <summary>Opening hours of a centre (e.g. 8:30-17:00, seven days, no lunch break).</summary>
public sealed record OpeningHours(TimeOnly Opens, TimeOnly Closes)
{
    public static OpeningHours Parse(string text) =>
        TryParse(text, out var hours) ? hours : throw new FormatException($"Opening hours are written as HH:mm-HH:mm, closing after opening, not '{text}'.");

    public static bool TryParse(string text, [NotNullWhen(true)] out OpeningHours? hours)
    {
        hours = null;
        var parts = text.Split('-');
        if (parts.Length != 2 || !TimeOnly.TryParseExact(parts[0].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens))
        {
            return false;
        }

        if (parts[1].Trim() == "24:00")
        {
            hours = new OpeningHours(opens, TimeOnly.MaxValue);
        }
        else if (TimeOnly.TryParseExact(parts[1].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes) && closes > opens)
        {
            hours = new OpeningHours(opens, closes);
        }

        return hours is not null;
    }

    public bool IsOpenAt(TimeOnly time) => time >= Opens && time < Closes;

    /// <summary>As <see cref="Parse"/> reads it: "08:30-17:00", "00:00-24:00".</summary>
    public override string ToString() =>
        $"{Opens.ToString("HH:mm", CultureInfo.InvariantCulture)}-{(Closes == TimeOnly.MaxValue ? "24:00" : Closes.ToString("HH:mm", CultureInfo.InvariantCulture))}";
}
