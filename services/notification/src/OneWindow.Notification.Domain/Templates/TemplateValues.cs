using System.Globalization;
using OneWindow.Common.Time;

namespace OneWindow.Notification.Domain.Templates;

/// <summary>
/// Typed values for one rendering. A value must match its definition's type; anything else is a bug in the
/// code that maps an event to values, so it throws rather than produce a half-filled notice.
/// </summary>
public sealed class TemplateValues
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public TemplateValues Text(string name, string? value) => Set(name, value);

    public TemplateValues Date(string name, DateOnly? value) => Set(name, value);

    public TemplateValues Instant(string name, DateTimeOffset? value) => Set(name, value);

    public TemplateValues Money(string name, decimal? value) => Set(name, value);

    public TemplateValues Count(string name, int? value) => Set(name, value);

    public TemplateValues Flag(string name, bool value) => Set(name, value);

    public TemplateValues List(string name, IEnumerable<string>? value) => Set(name, value?.ToList());

    public bool TryGet(string name, out object value) => _values.TryGetValue(name, out value!);

    public IReadOnlyDictionary<string, object> All => _values;

    /// <summary>The value of a type as it would appear in a notice, for previews and validation at save.</summary>
    public static object Sample(VariableType type) => type switch
    {
        VariableType.Text => "示例",
        VariableType.Date => new DateOnly(2026, 11, 23),
        VariableType.Instant => new DateTimeOffset(2026, 11, 23, 14, 5, 0, TimeSpan.FromHours(8)),
        VariableType.Money => 1234.5m,
        VariableType.Count => 2,
        VariableType.Flag => true,
        _ => new List<string> { "示例一", "示例二" },
    };

    /// <summary>A value rendered for insertion, in the template's language.</summary>
    public static string Format(object value, string locale) => value switch
    {
        string text => text,
        DateOnly day => locale == Locales.English
            ? day.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
            : ChinaTime.Written(day),
        DateTimeOffset instant => locale == Locales.English
            ? ChinaTime.ToChina(instant).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)
            : ChinaTime.Written(instant),
        decimal amount => locale == Locales.English
            ? "CNY " + amount.ToString("#,##0.00", CultureInfo.InvariantCulture)
            : amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + "元",
        int count => count.ToString(CultureInfo.InvariantCulture),
        bool flag => locale == Locales.English ? (flag ? "yes" : "no") : (flag ? "是" : "否"),
        IReadOnlyList<string> list => string.Join(locale == Locales.English ? ", " : "、", list),
        _ => throw new InvalidOperationException($"No rendering for {value.GetType().Name}."),
    };

    internal static bool Matches(object value, VariableType type) => (type, value) switch
    {
        (VariableType.Text, string) => true,
        (VariableType.Date, DateOnly) => true,
        (VariableType.Instant, DateTimeOffset) => true,
        (VariableType.Money, decimal) => true,
        (VariableType.Count, int) => true,
        (VariableType.Flag, bool) => true,
        (VariableType.List, IReadOnlyList<string>) => true,
        _ => false,
    };

    private TemplateValues Set(string name, object? value)
    {
        if (value is null or "")
        {
            _values.Remove(name);
        }
        else
        {
            _values[name] = value;
        }

        return this;
    }
}
