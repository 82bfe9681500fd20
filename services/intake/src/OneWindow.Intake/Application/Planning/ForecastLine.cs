using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Application.Planning;

/// <summary>One window type's forecast: its arrivals and service as a stream to simulate, and the windows Erlang C recommends.</summary>
/// <param name="Type">The window type.</param>
/// <param name="Stream">Arrivals an hour per slot, the fitted service time, priority and no-show shares.</param>
/// <param name="ServedTickets">Tickets served in the history that the service time was fitted from.</param>
/// <param name="Recommended">The fewest windows per slot that keep the targets (0 where nobody is expected).</param>
public sealed record ForecastLine(WindowType Type, ArrivalStream Stream, int ServedTickets, IReadOnlyList<int> Recommended)
{
    /// <summary>The reviews falling due in the forecast's week, already in <see cref="Stream"/>'s arrivals.</summary>
    public Season Season { get; init; } = Season.None;

    /// <summary>The recommendation moved by a what-if offset, never below one window where anybody is expected.</summary>
    public int[] Planned(int offset) => [.. Recommended.Select(r => r == 0 ? 0 : Math.Max(1, r + offset))];
}
