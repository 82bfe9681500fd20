using OneWindow.Review.Domain.Roster;

namespace OneWindow.Review.Domain.Assignment;

/// <summary>
/// A centre's roster on one day with everyone's open load, for a batch of assignments: each choice
/// moves the file's effort to its new holder, so the next choice in the same batch (a leave handover
/// of many files, a burst of accepted files) already sees it.
/// </summary>
public sealed class RosterSnapshot
{
    private readonly Dictionary<string, Reviewer> _staff;
    private readonly HashSet<string> _onLeave;
    private readonly Dictionary<string, int> _loads;
    private readonly DateOnly _day;
    private readonly int _defaultCapacity;

    public RosterSnapshot(IEnumerable<Reviewer> staff, IEnumerable<LeavePeriod> leave, IReadOnlyDictionary<string, int> loads, DateOnly day, int defaultCapacity)
    {
        _staff = staff.ToDictionary(s => s.StaffId, StringComparer.Ordinal);
        _onLeave = leave.Where(l => l.Covers(day)).Select(l => l.StaffId).ToHashSet(StringComparer.Ordinal);
        _loads = new Dictionary<string, int>(loads, StringComparer.Ordinal);
        _day = day;
        _defaultCapacity = defaultCapacity;
    }

    public IEnumerable<Reviewer> Staff => _staff.Values;

    public Reviewer? Find(string staffId) => _staff.GetValueOrDefault(staffId);

    public bool OnLeave(string staffId) => _onLeave.Contains(staffId);

    /// <summary>A reviewer of this centre, still employed today and not on leave today.</summary>
    public bool IsAvailable(string? staffId) =>
        staffId is not null && _staff.TryGetValue(staffId, out var reviewer) && reviewer.IsReviewer && reviewer.Employed(_day) && !_onLeave.Contains(staffId);

    /// <summary>A first-review head who is here today (the lowest staff id, when there are several).</summary>
    public string? AvailableHead =>
        _staff.Values.Where(s => s.IsHead && s.Employed(_day) && !_onLeave.Contains(s.StaffId)).Select(s => s.StaffId).Order(StringComparer.Ordinal).FirstOrDefault();

    public bool IsAvailableHead(string staffId) =>
        _staff.TryGetValue(staffId, out var head) && head.IsHead && head.Employed(_day) && !_onLeave.Contains(staffId);

    public int LoadOf(string staffId) => _loads.GetValueOrDefault(staffId);

    public int CapacityOf(string staffId) => _staff.GetValueOrDefault(staffId)?.Capacity ?? _defaultCapacity;

    public AssignmentDecision Choose(string itemCode, int effort) =>
        AssignmentRule.Choose(
            _staff.Values.Where(s => s.IsReviewer).Select(s => new Candidate(s.StaffId, s.SkillFor(itemCode), IsAvailable(s.StaffId), LoadOf(s.StaffId), CapacityOf(s.StaffId))),
            effort);

    /// <summary>Records that a file's effort moved from one holder to another (either may be nobody).</summary>
    public void Move(string? from, string? to, int effort)
    {
        if (from is not null)
        {
            _loads[from] = Math.Max(0, LoadOf(from) - effort);
        }

        if (to is not null)
        {
            _loads[to] = LoadOf(to) + effort;
        }
    }
}
