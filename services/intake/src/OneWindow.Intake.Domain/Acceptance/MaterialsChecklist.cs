using OneWindow.Intake.Domain.Catalogue;

namespace OneWindow.Intake.Domain.Acceptance;

/// <summary>
/// The checklist of one item version against what the resident brought: everything missing is found at
/// once, so the one-time notice (一次性告知书) names it all and nobody is sent home twice for the same file.
/// </summary>
public static class MaterialsChecklist
{
    /// <summary>
    /// Materials required and not presented. A conditional material (e.g. an agent's ID "委托他人代办的")
    /// is required only when the clerk says its condition applies.
    /// </summary>
    public static IReadOnlyList<RequiredMaterial> Missing(
        IEnumerable<RequiredMaterial> required, IEnumerable<string> presented, IEnumerable<string> conditionsApplying)
    {
        var have = presented.ToHashSet(StringComparer.Ordinal);
        var applying = conditionsApplying.ToHashSet(StringComparer.Ordinal);
        return [.. required.Where(m => (!m.Conditional || applying.Contains(m.Code)) && !have.Contains(m.Code))];
    }

    /// <summary>The printable one-time notice: the item, and every material still to bring.</summary>
    public static string Notice(string itemName, IReadOnlyList<RequiredMaterial> missing, DateOnly day) =>
        $"一次性告知书\n事项：{itemName}\n日期：{day:yyyy-MM-dd}\n经核对，您还需补齐以下材料（共{missing.Count}项），备齐后即可受理：\n"
        + string.Concat(missing.Select((m, i) => $"{i + 1}. {m.Name}（{(m.Original ? "原件" : "复印件")}{m.Count}份）{(m.Condition is null ? string.Empty : $"——{m.Condition}")}\n"))
        + "本告知书一次性告知全部所需材料，窗口不再另行要求其他材料。";
}
