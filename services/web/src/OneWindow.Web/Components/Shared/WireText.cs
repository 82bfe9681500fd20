using System.Globalization;
using OneWindow.Common.Time;

namespace OneWindow.Web.Components.Shared;

/// <summary>The wire's values as a Chinese reader expects them: instants carry Shanghai time with its offset.</summary>
public static class WireText
{
    /// <summary>"2026年12月3日 09:05", or the text as it came when it is not an instant (or is empty).</summary>
    public static string Minute(string instant) =>
        DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? ChinaTime.Written(at)
            : instant;

    /// <summary>"2026年12月3日".</summary>
    public static string Day(string instantOrDay) =>
        DateTimeOffset.TryParse(instantOrDay, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? ChinaTime.Written(DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime))
            : instantOrDay;

    /// <summary>A share as a whole percentage: 0.956 is "96%".</summary>
    public static string Percent(double share) => $"{Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture)}%";
}
