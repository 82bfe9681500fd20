using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;

namespace OneWindow.Review.Domain.Roster;

/// <summary>
/// One member of a centre's staff as review knows them from hr-payroll's events: department, roles,
/// the items they hold as A or B or know, the last working day, and a load cap the head may set.
/// Events come on separate topics and may arrive out of order (skills before hiring), so each part
/// carries the instant of the fact it came from and an older fact never overwrites a newer one.
/// </summary>
public sealed class Reviewer
{
    private readonly List<string> _roles = [];
    private readonly List<string> _itemsAsA = [];
    private readonly List<string> _itemsAsB = [];
    private readonly List<string> _itemsKnown = [];

    private Reviewer()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string StaffId { get; private set; } = string.Empty;

    /// <summary>Null until staff-hired or staff-changed has arrived.</summary>
    public Department? Department { get; private set; }

    public IReadOnlyList<string> Roles => _roles;

    public IReadOnlyList<string> ItemsAsA => _itemsAsA;

    public IReadOnlyList<string> ItemsAsB => _itemsAsB;

    public IReadOnlyList<string> ItemsKnown => _itemsKnown;

    /// <summary>Load cap in effort points set by the head; null means the centre's default.</summary>
    public int? Capacity { get; private set; }

    public DateOnly? LastDay { get; private set; }

    public DateTimeOffset PostChangedAt { get; private set; }

    public DateTimeOffset SkillsChangedAt { get; private set; }

    public static Reviewer For(string staffId) => new() { StaffId = staffId };

    /// <summary>Department and roles from staff-hired or staff-changed; false when a newer fact is already recorded.</summary>
    public bool ChangePost(Department department, IEnumerable<string> roles, DateTimeOffset at)
    {
        if (Department is not null && at < PostChangedAt)
        {
            return false;
        }

        Department = department;
        Replace(_roles, roles);
        PostChangedAt = at;
        return true;
    }

    public bool ChangeSkills(IEnumerable<string> asA, IEnumerable<string> asB, IEnumerable<string> known, DateTimeOffset at)
    {
        if (at < SkillsChangedAt)
        {
            return false;
        }

        Replace(_itemsAsA, asA);
        Replace(_itemsAsB, asB);
        Replace(_itemsKnown, known);
        SkillsChangedAt = at;
        return true;
    }

    public void Leave(DateOnly lastDay) => LastDay = lastDay;

    /// <summary>Each fact from hr-payroll is the whole list, not a change to it.</summary>
    private static void Replace(List<string> list, IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        list.Clear();
        list.AddRange(distinct);
    }

    public void SetCapacity(int? capacity) =>
        Capacity = capacity is null or (>= 1 and <= 500)
            ? capacity
            : throw new DomainException(DomainErrorKind.Invalid, "capacity-out-of-range", "capacity is 1 to 500 effort points.", "capacity");

    /// <summary>A first reviewer: in the first-review department with the reviewer role (the head usually is one too).</summary>
    public bool IsReviewer => Department == Common.Vocabulary.Department.FirstReview && Roles.Contains(ReviewRoles.Reviewer, StringComparer.Ordinal);

    /// <summary>The head of the first-review department (部长), who keeps the unassigned list and decides escalations.</summary>
    public bool IsHead => Department == Common.Vocabulary.Department.FirstReview && Roles.Contains(ReviewRoles.Head, StringComparer.Ordinal);

    public bool IsSupervisor => Roles.Contains(ReviewRoles.Supervisor, StringComparer.Ordinal);

    public bool Employed(DateOnly day) => LastDay is null || day <= LastDay;

    public Skill SkillFor(string itemCode) =>
        ItemsAsA.Contains(itemCode, StringComparer.Ordinal) ? Skill.A
        : ItemsAsB.Contains(itemCode, StringComparer.Ordinal) ? Skill.B
        : ItemsKnown.Contains(itemCode, StringComparer.Ordinal) ? Skill.Known
        : Skill.None;
}
