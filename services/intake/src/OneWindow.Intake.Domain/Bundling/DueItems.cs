namespace OneWindow.Intake.Domain.Bundling;

/// <summary>
/// 一次性办结: which periodic items fall due for a household now. An item is due when it was last granted
/// <c>RecurrenceMonths</c> ago or more, or will be within the look-ahead window (so a resident here today
/// for one review need not come back next month for the other), unless a file for it is already open.
/// Items never granted are not periodic for this household (policy-law's eligibility answers those).
/// </summary>
public static class DueItems
{
    public static IReadOnlyList<DueItem> Find(
        IEnumerable<PeriodicItem> periodic, IEnumerable<ItemHistory> history, DateOnly today, int lookAheadDays, IEnumerable<string> exclude)
    {
        var byItem = history.ToDictionary(h => h.ItemCode, StringComparer.Ordinal);
        var excluded = exclude.ToHashSet(StringComparer.Ordinal);
        var horizon = today.AddDays(lookAheadDays);
        var due = new List<DueItem>();
        foreach (var item in periodic.Where(p => !excluded.Contains(p.ItemCode)))
        {
            if (!byItem.TryGetValue(item.ItemCode, out var h) || h.LastGranted is not { } last || h.FileOpen)
            {
                continue;
            }

            var dueOn = last.AddMonths(item.RecurrenceMonths);
            if (dueOn <= horizon)
            {
                var reason = dueOn <= today
                    ? $"上次办结于{last:yyyy-MM-dd}，每{item.RecurrenceMonths}个月复核一次，已于{dueOn:yyyy-MM-dd}到期。"
                    : $"上次办结于{last:yyyy-MM-dd}，将于{dueOn:yyyy-MM-dd}到期，可本次一并办理。";
                due.Add(new DueItem(item.ItemCode, item.Name, dueOn, reason));
            }
        }

        return [.. due.OrderBy(d => d.DueOn).ThenBy(d => d.ItemCode, StringComparer.Ordinal)];
    }
}
