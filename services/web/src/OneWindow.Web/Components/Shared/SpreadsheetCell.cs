using System.Globalization;
using OneWindow.Common.Time;

namespace OneWindow.Web.Components.Shared;

/// <summary>
/// One cell of an exported table, typed as the department will work with it: a date a spreadsheet can sort and filter
/// by, an amount or a count it can add up, or text kept exactly as shown (a masked ID number, a staff number with
/// leading zeros). The services hand dates as "yyyy-MM-dd" and amounts as decimal strings; whatever does not read as
/// one stays the text the page showed.
/// </summary>
public readonly record struct SpreadsheetCell(SpreadsheetCellKind Kind, string Text, decimal Value, DateTime At)
{
    public static SpreadsheetCell Of(string? text) => new(SpreadsheetCellKind.Text, text ?? string.Empty, 0, default);

    public static SpreadsheetCell Count(long count) => new(SpreadsheetCellKind.Count, string.Empty, count, default);

    /// <summary>A score or a rate, shown as the service wrote it (1 to 2 decimals).</summary>
    public static SpreadsheetCell Number(string? number) =>
        decimal.TryParse(number, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? new(SpreadsheetCellKind.Number, string.Empty, value, default)
            : Of(number);

    public static SpreadsheetCell Number(decimal number) => new(SpreadsheetCellKind.Number, string.Empty, number, default);

    /// <summary>元, shown with two decimals and thousands separators.</summary>
    public static SpreadsheetCell Amount(decimal amount) => new(SpreadsheetCellKind.Amount, string.Empty, amount, default);

    public static SpreadsheetCell Amount(string? amount) =>
        decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? Amount(value) : Of(amount);

    /// <summary>A share such as 0.85 shown as 85.0%.</summary>
    public static SpreadsheetCell Share(decimal share) => new(SpreadsheetCellKind.Share, string.Empty, share, default);

    public static SpreadsheetCell Date(DateOnly day) => new(SpreadsheetCellKind.Date, string.Empty, 0, day.ToDateTime(TimeOnly.MinValue));

    public static SpreadsheetCell Date(string? day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? Date(value) : Of(day);

    /// <summary>An instant from the wire, to the minute in China time (as the page writes it).</summary>
    public static SpreadsheetCell Minute(string? instant) =>
        DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new(SpreadsheetCellKind.Minute, string.Empty, 0, ChinaTime.ToChina(at).DateTime)
            : Of(instant);

    public static implicit operator SpreadsheetCell(string? text) => Of(text);

    public static implicit operator SpreadsheetCell(int count) => Count(count);

    public static implicit operator SpreadsheetCell(long count) => Count(count);

    public static implicit operator SpreadsheetCell(DateOnly day) => Date(day);
}
