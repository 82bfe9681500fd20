using System.Globalization;
using System.Text.Json;
using OneWindow.Common.Time;

namespace OneWindow.Common.Calendar;

/// <summary>
/// Working days in mainland China: public holidays and the adjusted working weekends (调休) announced
/// each year by the State Council, held as data. The years shipped with this assembly are the seed; the district
/// loads each further year (docs/adr/0024). Years outside the data fall back to Monday–Friday: a deadline that
/// reaches into one is provisional (<see cref="FirstUnloadedYear(DateOnly, DateOnly)"/>) until the year is loaded and it is recounted
/// (<see cref="Recount"/>).
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string ResourceName = "OneWindow.Common.Calendar.china-working-days.json";

    private static readonly Lazy<WorkingDayCalendar> ChinaCalendar = new(LoadChina);

    private readonly Dictionary<DateOnly, string> _holidays = [];
    private readonly HashSet<DateOnly> _workingWeekends = [];
    private readonly SortedDictionary<int, CalendarYear> _years = [];

    private WorkingDayCalendar(IEnumerable<CalendarYear> years)
    {
        foreach (var year in years)
        {
            _years[year.Year] = year;
        }

        foreach (var year in _years.Values)
        {
            foreach (var holiday in year.Holidays)
            {
                for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
                {
                    _holidays[day] = holiday.Name;
                }
            }

            _workingWeekends.UnionWith(year.WorkingWeekends);
        }
    }

    /// <summary>From this month on, next year's calendar is expected (the State Council publishes it in the autumn).</summary>
    public const int NextYearDueMonth = 10;

    /// <summary>The mainland China calendar shipped with this assembly (the seed), loaded once.</summary>
    public static WorkingDayCalendar China => ChinaCalendar.Value;

    /// <summary>The years this calendar holds, earliest first.</summary>
    public IReadOnlyList<CalendarYear> Years => [.. _years.Values];

    /// <summary>A calendar of <paramref name="years"/>, each checked (<see cref="CalendarYear.Problems"/>).</summary>
    public static WorkingDayCalendar Of(IEnumerable<CalendarYear> years)
    {
        var list = years.ToList();
        if (list.SelectMany(year => year.Problems().Select(problem => $"{year.Year} {problem.Field}: {problem.Message}")).FirstOrDefault() is { } first)
        {
            throw new ArgumentException(first, nameof(years));
        }

        return new WorkingDayCalendar(list);
    }

    /// <summary>This calendar with <paramref name="loaded"/> years added, or in place of the same years.</summary>
    public WorkingDayCalendar With(IEnumerable<CalendarYear> loaded)
    {
        var years = new SortedDictionary<int, CalendarYear>(_years);
        foreach (var year in loaded)
        {
            years[year.Year] = year;
        }

        return Of(years.Values);
    }

    /// <summary>
    /// Reads a calendar from JSON shaped as
    /// <c>{ "years": { "2025": { "holidays": [{ "name", "from", "to" }], "workingWeekends": ["yyyy-MM-dd"] } } }</c>.
    /// </summary>
    public static WorkingDayCalendar FromJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        var years = new List<CalendarYear>();
        using var document = JsonDocument.Parse(json);
        foreach (var yearEntry in Required(document.RootElement, "years", JsonValueKind.Object).EnumerateObject())
        {
            if (!int.TryParse(yearEntry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw new JsonException($"'{yearEntry.Name}' is not a year.");
            }

            var holidays = Required(yearEntry.Value, "holidays", JsonValueKind.Array).EnumerateArray()
                .Select(holiday => new CalendarHoliday(
                    Required(holiday, "name", JsonValueKind.String).GetString()!,
                    ReadDate(Required(holiday, "from", JsonValueKind.String), year),
                    ReadDate(Required(holiday, "to", JsonValueKind.String), year)))
                .ToList();
            var workingWeekends = Required(yearEntry.Value, "workingWeekends", JsonValueKind.Array).EnumerateArray()
                .Select(entry => ReadDate(entry, year))
                .ToList();
            var calendarYear = new CalendarYear(year, holidays, workingWeekends);
            if (calendarYear.Problems().FirstOrDefault() is { } problem)
            {
                throw new JsonException($"{year} {problem.Field}: {problem.Message}");
            }

            years.Add(calendarYear);
        }

        return new WorkingDayCalendar(years);
    }

    /// <summary>
    /// The first year from <paramref name="from"/>'s to <paramref name="to"/>'s that this calendar does not hold,
    /// or null when it holds them all: a deadline counted over such a year is provisional.
    /// </summary>
    public int? FirstUnloadedYear(DateOnly from, DateOnly to)
    {
        for (var year = Math.Min(from.Year, to.Year); year <= Math.Max(from.Year, to.Year); year++)
        {
            if (!Covers(year))
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>
    /// The year a deadline counted on <paramref name="today"/> may need and this calendar lacks: this year, or from
    /// <see cref="NextYearDueMonth"/> on next year; null when it holds both.
    /// </summary>
    public int? MissingYearOn(DateOnly today) =>
        !Covers(today.Year) ? today.Year
        : today.Month >= NextYearDueMonth && !Covers(today.Year + 1) ? today.Year + 1
        : null;

    /// <summary>The same for a deadline counted from <paramref name="from"/> to <paramref name="to"/>, each instant read as its day in China.</summary>
    public int? FirstUnloadedYear(DateTimeOffset from, DateTimeOffset to) =>
        FirstUnloadedYear(DateOnly.FromDateTime(ChinaTime.ToChina(from).DateTime), DateOnly.FromDateTime(ChinaTime.ToChina(to).DateTime));

    /// <summary>
    /// A deadline counted while <paramref name="firstUnloadedYear"/> was not loaded, counted again with this
    /// calendar: the days up to the end of the year before were known then and stay as they were; the working
    /// days counted after it (Monday–Friday, all that was known) are counted again on this calendar's days.
    /// </summary>
    public DateTimeOffset Recount(DateTimeOffset provisionalDeadline, int firstUnloadedYear)
    {
        var lastKnown = new DateOnly(firstUnloadedYear - 1, 12, 31);
        var deadlineDay = DateOnly.FromDateTime(ChinaTime.ToChina(provisionalDeadline).DateTime);
        var weekdays = 0;
        for (var day = lastKnown.AddDays(1); day <= deadlineDay; day = day.AddDays(1))
        {
            if (!IsWeekend(day))
            {
                weekdays++;
            }
        }

        return ChinaTime.EndOfDay(AddWorkingDays(lastKnown, weekdays));
    }

    /// <summary>True when <paramref name="year"/> has holiday data; otherwise only weekends are known.</summary>
    public bool Covers(int year) => _years.ContainsKey(year);

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
