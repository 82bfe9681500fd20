namespace OneWindow.Intake.Domain.Fees;

/// <summary>A window's till for one day: what its payments add up to, by method; waivers apart from money collected.</summary>
public sealed record TillReconciliation(string Window, IReadOnlyList<string> Cashiers, IReadOnlyList<MethodTotal> ByMethod, int Count, decimal Collected, decimal Waived)
{
    /// <summary>Reconciles payments per window (日结): every payment counted once, by method and channel.</summary>
    public static IReadOnlyList<TillReconciliation> PerWindow(IEnumerable<FeePayment> payments) =>
        [.. payments.GroupBy(p => p.Window).OrderBy(g => g.Key, StringComparer.Ordinal).Select(Of)];

    public static TillReconciliation Of(IGrouping<string, FeePayment> window) => new(
        window.Key,
        [.. window.Select(p => p.CashierStaffId).Distinct().Order(StringComparer.Ordinal)],
        ByMethodOf(window),
        window.Count(),
        window.Where(p => p.Collected).Sum(p => p.Amount),
        window.Where(p => !p.Collected).Sum(p => p.Amount));

    public static IReadOnlyList<MethodTotal> ByMethodOf(IEnumerable<FeePayment> payments) =>
        [.. payments.GroupBy(p => (p.Method, p.Channel)).OrderBy(g => g.Key.Method).ThenBy(g => g.Key.Channel, StringComparer.Ordinal)
            .Select(g => new MethodTotal(g.Key.Method, g.Key.Channel, g.Count(), g.Sum(p => p.Amount)))];
}
