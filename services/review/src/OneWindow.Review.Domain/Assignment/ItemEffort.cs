using OneWindow.Common.Vocabulary;

namespace OneWindow.Review.Domain.Assignment;

/// <summary>
/// How much work a file is, in effort points: the statutory time limit stands for the work the item
/// needs (a household investigation for dibao takes 30 working days, a pension certification 5), and a
/// joint item adds the outside departments to chase. 1 point up to 10 working days, 2 up to 20, 3 beyond; +1 if joint.
/// </summary>
public static class ItemEffort
{
    public static int Of(ItemKind kind, int timeLimitWorkingDays) =>
        Math.Clamp((timeLimitWorkingDays + 9) / 10, 1, 3) + (kind == ItemKind.Joint ? 1 : 0);
}
