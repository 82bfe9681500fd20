namespace OneWindow.Common.Time;

/// <summary>
/// Wall-clock time in mainland China (Asia/Shanghai, UTC+08:00, no daylight saving), which is the
/// time statutory deadlines and birth dates are reckoned in. Always driven by a <see cref="TimeProvider"/>.
/// </summary>
public static class ChinaTime
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The Asia/Shanghai zone, or a fixed +08:00 zone where the host has no tz database.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The calendar date in China at the clock's current instant.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToChina(clock.GetUtcNow()).DateTime);
    }

    /// <summary>The same instant, expressed with China's offset.</summary>
    public static DateTimeOffset ToChina(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant as a Chinese reader expects it on a receipt or a notice: "2026年12月3日 09:05", China time.</summary>
    public static string Written(DateTimeOffset instant) =>
        ToChina(instant).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The day as a Chinese reader expects it: "2026年12月3日".</summary>
    public static string Written(DateOnly day) => day.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first instant of <paramref name="day"/> in China (00:00 at +08:00).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The last instant of <paramref name="day"/> in China (23:59:59.9999999 at +08:00).</summary>
    public static DateTimeOffset EndOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MaxValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Slim containers often ship without tzdata; China has kept +08:00 without DST since 1991,
            // so a fixed zone gives the same answers for every date this system deals with.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", ChinaOffset, "China Standard Time", "China Standard Time");
        }
    }
}
