namespace OneWindow.Intake.Domain.Queue;

/// <summary>Opening hours of a centre (e.g. 8:30-17:00, seven days, no lunch break).</summary>
public sealed record OpeningHours(TimeOnly Opens, TimeOnly Closes)
{
    public static OpeningHours Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length == 2 && TimeOnly.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var opens))
        {
            if (parts[1].Trim() == "24:00")
            {
                return new OpeningHours(opens, TimeOnly.MaxValue);
            }

            if (TimeOnly.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var closes))
            {
                return new OpeningHours(opens, closes);
            }
        }

        throw new FormatException($"Opening hours are written as HH:mm-HH:mm, not '{text}'.");
    }

    public bool IsOpenAt(TimeOnly time) => time >= Opens && time < Closes;
}
