using System.Collections.Concurrent;
using OneWindow.DemoDistrict;

namespace OneWindow.BusyDay;

/// <summary>
/// What residents come for: the comprehensive window's items of the demo catalogue that first review decides alone
/// (routed, no supervisor's re-check, no outside department) or that are done at the window, each as likely; and each
/// item's materials as intake's checklist asks for them.
/// </summary>
public sealed class ItemChoice(StackClient stack, int seed)
{
    private readonly Random _random = new(seed);
    private readonly ConcurrentDictionary<string, Task<string[]>> _materials = new(StringComparer.Ordinal);
    private readonly DemoItem[] _items = [.. DemoCatalogue.Items.Where(i => i.Window == "comprehensive" && i.Kind is "routed" or "instant" && !i.TimeLimited)];

    public DemoItem Next()
    {
        lock (_random)
        {
            return _items[_random.Next(_items.Length)];
        }
    }

    /// <summary>The materials every applicant brings (those without a condition).</summary>
    public Task<string[]> MaterialsAsync(string itemCode, string clerk) => _materials.GetOrAdd(itemCode, async code =>
    {
        var checklist = await stack.GetAsync($"api/intake/v1/items/{code}/checklist", clerk);
        return checklist is { } list
            ? [.. list.GetProperty("materials").EnumerateArray().Where(m => !m.TryGetProperty("condition", out var condition) || condition.GetString() is null or "").Select(m => m.GetProperty("code").GetString()!)]
            : [];
    });
}
