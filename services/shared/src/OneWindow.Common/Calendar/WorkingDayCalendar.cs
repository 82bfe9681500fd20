using System.Globalization;
using System.Text.Json;
using OneWindow.Common.Time;

namespace OneWindow.Common.Calendar;

/// <summary>
/// Working days in mainland China: public holidays and the adjusted working weekends (调休) announced
/// each year by the State Council, held as data. Years outside the data fall back to Monday–Friday;
/// check <see cref="Covers"/> before trusting a far-off deadline.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string ResourceName = "OneWindow.Common.Calendar.china-working-days.json";

    private static readonly Lazy<WorkingDayCalendar> ChinaCalendar = new(LoadChina);

    private readonly Dictionary<DateOnly, string> _holidays;
    private readonly HashSet<DateOnly> _workingWeekends;
    private readonly HashSet<int> _years;

    private WorkingDayCalendar(Dictionary<DateOnly, string> holidays, HashSet<DateOnly> workingWeekends, HashSet<int> years)
    {
        _holidays = holidays;
        _workingWeekends = workingWeekends;
        _years = years;
    }

    /// <summary>The mainland China calendar shipped with this assembly, loaded once.</summary>
    public static WorkingDayCalendar China => ChinaCalendar.Value;

    /// <summary>
    /// Reads a calendar from JSON shaped as
    /// <c>{ "years": { "2025": { "holidays": [{ "name", "from", "to" }], "workingWeekends": ["yyyy-MM-dd"] } } }</c>.
    /// </summary>
    public static WorkingDayCalendar FromJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        var holidays = new Dictionary<DateOnly, string>();
        var workingWeekends = new HashSet<DateOnly>();
        var years = new HashSet<int>();

        using var document = JsonDocument.Parse(json);
        foreach (var yearEntry in Required(document.RootElement, "years", JsonValueKind.Object).EnumerateObject())
        {
            if (!int.TryParse(yearEntry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw new JsonException($"'{yearEntry.Name}' is not a year.");
            }

            years.Add(year);
            foreach (var holiday in Required(yearEntry.Value, "holidays", JsonValueKind.Array).EnumerateArray())
            {
                var name = Required(holiday, "name", JsonValueKind.String).GetString()!;
                var from = ReadDate(Required(holiday, "from", JsonValueKind.String), year);
                var to = ReadDate(Required(holiday, "to", JsonValueKind.String), year);
                if (to < from)
                {
                    throw new JsonException($"Holiday '{name}' in {year} ends before it starts.");
                }

                for (var day = from; day <= to; day = day.AddDays(1))
                {
                    holidays[day] = name;
                }
            }

            foreach (var entry in Required(yearEntry.Value, "workingWeekends", JsonValueKind.Array).EnumerateArray())
            {
                var day = ReadDate(entry, year);
                if (!IsWeekend(day))
                {
                    throw new JsonException($"Working weekend {day:yyyy-MM-dd} is not a Saturday or Sunday.");
                }

                workingWeekends.Add(day);
            }
        }

        foreach (var clash in workingWeekends.Where(holidays.ContainsKey))
        {
            throw new JsonException($"{clash:yyyy-MM-dd} is listed both as a holiday and as a working weekend.");
        }

        return new WorkingDayCalendar(holidays, workingWeekends, years);
    }

    /// <summary>True when <paramref name="year"/> has holiday data; otherwise only weekends are known.</summary>
    public bool Covers(int year) => _years.Contains(year);

    /// <summary>Holidays are off, listed working weekends are on, otherwise Monday–Friday.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        if (_holidays.ContainsKey(day))
        {
            return false;
        }

        return _workingWeekends.Contains(day) || !IsWeekend(day);
    }

    /// <summary>The name of the public holiday on <paramref name="day"/>, or null.</summary>
    public string? HolidayName(DateOnly day) => _holidays.GetValueOrDefault(day);

    /// <summary>
    /// The <paramref name="workingDays"/>th working day after <paramref name="start"/>, as statutory time
    /// limits are counted: the day of acceptance itself never counts. Zero returns <paramref name="start"/>;
    /// a negative count goes backwards.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var remaining = Math.Abs(workingDays);
        var day = start;
        while (remaining > 0)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>
    /// Working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>;
    /// negative when <paramref name="toInclusive"/> is earlier.
    /// </summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive)
        {
            return -WorkingDaysBetween(toInclusive, fromExclusive);
        }

        var count = 0;
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The deadline for a matter accepted at <paramref name="acceptedAt"/> with a limit of
    /// <paramref name="workingDays"/> working days: the end of that working day in China.
    /// </summary>
    public DateTimeOffset DeadlineFor(DateTimeOffset acceptedAt, int workingDays)
    {
        var acceptedOn = DateOnly.FromDateTime(ChinaTime.ToChina(acceptedAt).DateTime);
        return ChinaTime.EndOfDay(AddWorkingDays(acceptedOn, workingDays));
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static JsonElement Required(JsonElement parent, string property, JsonValueKind kind)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(property, out var value) || value.ValueKind != kind)
        {
            throw new JsonException($"Expected '{property}' to be a JSON {kind.ToString().ToLowerInvariant()}.");
        }

        return value;
    }

    private static DateOnly ReadDate(JsonElement element, int year)
    {
        if (element.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new JsonException($"Expected a yyyy-MM-dd date under {year}, found {element.GetRawText()}.");
        }

        // 调休 for a holiday can fall in the neighbouring year (e.g. a working Sunday in late December),
        // so a date is only required to be near its year, not in it.
        if (Math.Abs(day.Year - year) > 1)
        {
            throw new JsonException($"{day:yyyy-MM-dd} is listed under {year}.");
        }

        return day;
    }

    private static WorkingDayCalendar LoadChina()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
