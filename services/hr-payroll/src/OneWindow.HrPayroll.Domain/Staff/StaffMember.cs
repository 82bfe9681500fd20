using System.Text.RegularExpressions;
using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.HrPayroll.Domain.Pay;

namespace OneWindow.HrPayroll.Domain.Staff;

/// <summary>
/// One member of a centre's staff: employee number (the token subject), department, roles, post tier and
/// grade on the scale, employment dates, skills (items held as A, as B, known). The ID number and bank
/// account arrive already protected: the domain never sees them in clear.
/// </summary>
public sealed partial class StaffMember
{
    // Not readonly: EF materializes each array column into its field, and a change replaces the whole list.
    private List<string> _roles = [];
    private List<string> _itemsAsA = [];
    private List<string> _itemsAsB = [];
    private List<string> _itemsKnown = [];

    private StaffMember()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Employee number, also the token subject (e.g. <c>jiangpu-s001</c>).</summary>
    public string StaffId { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public Department Department { get; private set; }

    public IReadOnlyList<string> Roles => _roles;

    public string? Grid { get; private set; }

    public bool CommunityWorker { get; private set; }

    public PostTier Tier { get; private set; }

    public int Grade { get; private set; }

    public ProfessionalTitle Title { get; private set; }

    public DateOnly HiredOn { get; private set; }

    public DateOnly? LastDay { get; private set; }

    /// <summary>ID number, encrypted (purpose <c>staff.id_number</c>).</summary>
    public string IdNumberProtected { get; private set; } = string.Empty;

    /// <summary>Blind index of the ID number, for exact lookup and uniqueness.</summary>
    public string IdNumberIndex { get; private set; } = string.Empty;

    /// <summary>Bank account, encrypted (purpose <c>staff.bank_account</c>).</summary>
    public string BankAccountProtected { get; private set; } = string.Empty;

    public IReadOnlyList<string> ItemsAsA => _itemsAsA;

    public IReadOnlyList<string> ItemsAsB => _itemsAsB;

    public IReadOnlyList<string> ItemsKnown => _itemsKnown;

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Active(DateOnly on) => HiredOn <= on && (LastDay is null || LastDay >= on);

    public static StaffMember Hire(
        string staffId,
        string name,
        Department department,
        IEnumerable<string> roles,
        string? grid,
        bool communityWorker,
        Placement placement,
        ProfessionalTitle title,
        DateOnly hiredOn,
        string idNumberProtected,
        string idNumberIndex,
        string bankAccountProtected,
        DateTimeOffset at)
    {
        if (!StaffIdPattern().IsMatch(staffId))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-staff-id", "staffId is 3 to 64 lower-case letters, digits and dashes.", "staffId");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 50)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-name", "name is 1 to 50 characters.", "name");
        }

        var member = new StaffMember
        {
            StaffId = staffId,
            Name = name.Trim(),
            HiredOn = hiredOn,
            IdNumberProtected = idNumberProtected,
            IdNumberIndex = idNumberIndex,
            BankAccountProtected = bankAccountProtected,
        };
        member.ChangePost(department, roles, grid, communityWorker, placement, title, at);
        return member;
    }

    public void ChangePost(Department department, IEnumerable<string> roles, string? grid, bool communityWorker, Placement placement, ProfessionalTitle title, DateTimeOffset at)
    {
        var roleList = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (roleList.Count == 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "roles-required", "A member of staff has at least one role.", "roles");
        }

        if (department == Department.Grid && roleList.Contains("grid-manager") && !roleList.Contains("head") && string.IsNullOrWhiteSpace(grid))
        {
            throw new DomainException(DomainErrorKind.Invalid, "grid-required", "A grid manager (other than the head) covers a grid: name it.", "grid");
        }

        Department = department;
        _roles = roleList;
        Grid = string.IsNullOrWhiteSpace(grid) ? null : grid.Trim();
        CommunityWorker = communityWorker;
        Tier = placement.Tier;
        Grade = placement.Grade;
        Title = title;
        UpdatedAt = at;
    }

    /// <summary>The skills matrix row (AB角): an item is held as A or as B, never both; A and B items are known.</summary>
    public void SetSkills(IEnumerable<string> asA, IEnumerable<string> asB, IEnumerable<string> known, DateTimeOffset at)
    {
        var a = Normalise(asA, "itemsAsA");
        var b = Normalise(asB, "itemsAsB");
        var both = a.Intersect(b, StringComparer.Ordinal).FirstOrDefault();
        if (both is not null)
        {
            throw new DomainException(DomainErrorKind.Invalid, "item-both-a-and-b", $"'{both}' cannot be held both as A and as B by the same person.", "itemsAsB");
        }

        _itemsAsA = a;
        _itemsAsB = b;
        _itemsKnown = [.. Normalise(known, "itemsKnown").Union(a).Union(b).Order(StringComparer.Ordinal)];
        UpdatedAt = at;
    }

    /// <summary>One grade step by the promotion rule; the tier stays.</summary>
    public bool Promote(int grade, DateTimeOffset at)
    {
        if (grade <= Grade)
        {
            return false;
        }

        var placement = new Placement((int)Tier, grade);
        Grade = placement.Grade;
        UpdatedAt = at;
        return true;
    }

    public void Leave(DateOnly lastDay, DateTimeOffset at)
    {
        if (lastDay < HiredOn)
        {
            throw new DomainException(DomainErrorKind.Invalid, "last-day-before-hire", "The last day cannot come before the hiring date.", "lastDay");
        }

        if (LastDay is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-left", "This member of staff has already left.", "staffId");
        }

        LastDay = lastDay;
        UpdatedAt = at;
    }

    public bool IsHeadOf(Department department) => Department == department && Roles.Contains("head");

    private static List<string> Normalise(IEnumerable<string> codes, string field)
    {
        var list = codes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var bad = list.FirstOrDefault(c => !ItemCodePattern().IsMatch(c));
        return bad is null
            ? list
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-item-code", $"'{bad}' is not an item code.", field);
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex StaffIdPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]{2,39}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ItemCodePattern();
}
