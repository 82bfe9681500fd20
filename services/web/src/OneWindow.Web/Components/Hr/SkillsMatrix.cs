using OneWindow.HrPayroll.V1;

namespace OneWindow.Web.Components.Hr;

/// <summary>
/// The A/B skills matrix (AB角) as HR edits it: the items that go to first review (routed and joint) by the people who
/// review them, each cell A, B, known or nothing. An item without both an A and a B is flagged, before and after a
/// change, so HR sees which item would have nobody to hand a file to. Changes are kept per person until saved, as
/// hr-payroll sets a person's skills as one whole (SetSkills).
/// </summary>
public sealed class SkillsMatrix
{
    private readonly Dictionary<(string StaffId, string Item), SkillMark> _marks = [];
    private readonly Dictionary<string, StaffMember> _people;
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    private SkillsMatrix(IReadOnlyList<(string Code, string Name)> items, IReadOnlyList<StaffMember> people)
    {
        Items = items;
        People = people;
        _people = people.ToDictionary(p => p.StaffId, StringComparer.Ordinal);
        foreach (var person in people)
        {
            Take(person);
        }
    }

    /// <summary>The items, in the catalogue's order, then any item a person holds that the catalogue no longer routes.</summary>
    public IReadOnlyList<(string Code, string Name)> Items { get; }

    /// <summary>Reviewers still on staff, and anyone else who holds an item as A or B.</summary>
    public IReadOnlyList<StaffMember> People { get; }

    /// <summary>The people whose cells changed since the last save, in the order the grid shows them.</summary>
    public IReadOnlyList<string> Changed => [.. People.Select(p => p.StaffId).Where(_changed.Contains)];

    /// <param name="items">The items that need an A and a B (code, name), in the order to list them.</param>
    /// <param name="staff">The register as the caller may read it.</param>
    /// <param name="today">People whose last day has passed are not in the grid.</param>
    /// <param name="departmentOnly">
    /// The register read is one department's (a head's): only the items its people hold as A or B are listed, as the
    /// partners of the others are not in sight and every other item would read as without an A and a B.
    /// </param>
    public static SkillsMatrix Of(IEnumerable<(string Code, string Name)> items, IEnumerable<StaffMember> staff, string today, bool departmentOnly)
    {
        var people = staff
            .Where(s => s.LastDay is null || string.CompareOrdinal(s.LastDay, today) >= 0)
            .Where(s => s.Roles.Contains("reviewer") || s.ItemsAsA.Count > 0 || s.ItemsAsB.Count > 0)
            .OrderBy(s => s.StaffId, StringComparer.Ordinal)
            .ToList();
        var heldHere = people.SelectMany(p => p.ItemsAsA.Concat(p.ItemsAsB)).ToHashSet(StringComparer.Ordinal);
        var listed = items.Where(i => !departmentOnly || heldHere.Contains(i.Code)).ToList();
        var codes = listed.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var held = people.SelectMany(p => p.ItemsAsA.Concat(p.ItemsAsB)).Where(c => !codes.Contains(c)).Distinct().Order(StringComparer.Ordinal);
        return new SkillsMatrix([.. listed, .. held.Select(code => (code, code))], people);
    }

    public SkillMark Mark(string staffId, string item) => _marks.GetValueOrDefault((staffId, item), SkillMark.None);

    public void Set(string staffId, string item, SkillMark mark)
    {
        if (Mark(staffId, item) == mark)
        {
            return;
        }

        _marks[(staffId, item)] = mark;
        _changed.Add(staffId);
    }

    public bool HasA(string item) => People.Any(p => Mark(p.StaffId, item) == SkillMark.A);

    public bool HasB(string item) => People.Any(p => Mark(p.StaffId, item) == SkillMark.B);

    public bool Flagged(string item) => !HasA(item) || !HasB(item);

    public int FlaggedCount => Items.Count(i => Flagged(i.Code));

    /// <summary>The person's whole skills as the grid holds them; items the grid does not show are kept as they were.</summary>
    public SetSkillsRequest ToRequest(string staffId)
    {
        var person = _people[staffId];
        var shown = Items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var request = new SetSkillsRequest { StaffId = staffId };
        request.ItemsAsA.AddRange(Items.Where(i => Mark(staffId, i.Code) == SkillMark.A).Select(i => i.Code));
        request.ItemsAsB.AddRange(Items.Where(i => Mark(staffId, i.Code) == SkillMark.B).Select(i => i.Code));
        request.ItemsKnown.AddRange(Items.Where(i => Mark(staffId, i.Code) == SkillMark.Known).Select(i => i.Code)
            .Concat(person.ItemsKnown.Where(code => !shown.Contains(code))));
        return request;
    }

    /// <summary>The person as hr-payroll saved them: their cells are theirs again, no longer changed.</summary>
    public void Saved(StaffMember saved)
    {
        _people[saved.StaffId] = saved;
        Take(saved);
        _changed.Remove(saved.StaffId);
    }

    private void Take(StaffMember person)
    {
        foreach (var key in _marks.Keys.Where(k => k.StaffId == person.StaffId).ToList())
        {
            _marks.Remove(key);
        }

        foreach (var item in person.ItemsKnown)
        {
            _marks[(person.StaffId, item)] = SkillMark.Known;
        }

        foreach (var item in person.ItemsAsA)
        {
            _marks[(person.StaffId, item)] = SkillMark.A;
        }

        foreach (var item in person.ItemsAsB)
        {
            _marks[(person.StaffId, item)] = SkillMark.B;
        }
    }
}
