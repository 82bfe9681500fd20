using OneWindow.HrPayroll.V1;

namespace OneWindow.Web.Components.Hr;

/// <summary>
/// A post as the register's form holds it while HR fills it in — for a new member of staff, or a change of post
/// (department, roles, grid, tier and grade on the scale, professional title).
/// </summary>
public sealed class PostDraft
{
    /// <summary>The roles a post can carry, in the order the form lists them.</summary>
    public static readonly string[] Roles = ["clerk", "reviewer", "supervisor", "policy-officer", "social-worker", "grid-manager", "head", "director", "hr-admin"];

    public string StaffId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Department Department { get; set; } = Department.FrontWindows;

    public HashSet<string> RolesHeld { get; } = new(StringComparer.Ordinal);

    public string? Grid { get; set; }

    public bool CommunityWorker { get; set; }

    public int Tier { get; set; } = 3;

    public int Grade { get; set; } = 1;

    public ProfessionalTitle Title { get; set; } = ProfessionalTitle.None;

    public string? HiredOn { get; set; }

    public string? IdNumber { get; set; }

    public string? BankAccount { get; set; }

    public static PostDraft Of(StaffMember member)
    {
        var draft = new PostDraft
        {
            StaffId = member.StaffId,
            Name = member.Name,
            Department = member.Department,
            Grid = member.Grid,
            CommunityWorker = member.CommunityWorker,
            Tier = member.Tier,
            Grade = member.Grade,
            Title = member.Title,
        };
        draft.RolesHeld.UnionWith(member.Roles);
        return draft;
    }

    public void Toggle(string role, bool held)
    {
        if (held)
        {
            RolesHeld.Add(role);
        }
        else
        {
            RolesHeld.Remove(role);
        }
    }

    public HireStaffRequest ToHire()
    {
        var request = new HireStaffRequest
        {
            StaffId = StaffId.Trim(),
            Name = Name.Trim(),
            Department = Department,
            Grid = string.IsNullOrWhiteSpace(Grid) ? null : Grid.Trim(),
            CommunityWorker = CommunityWorker,
            Tier = Tier,
            Grade = Grade,
            Title = Title,
            HiredOn = HiredOn ?? string.Empty,
            IdNumber = IdNumber?.Trim() ?? string.Empty,
            BankAccount = BankAccount?.Trim() ?? string.Empty,
        };
        request.Roles.AddRange(Roles.Where(RolesHeld.Contains));
        return request;
    }

    public ChangePostRequest ToChange()
    {
        var request = new ChangePostRequest
        {
            StaffId = StaffId,
            Department = Department,
            Grid = string.IsNullOrWhiteSpace(Grid) ? null : Grid.Trim(),
            CommunityWorker = CommunityWorker,
            Tier = Tier,
            Grade = Grade,
            Title = Title,
        };
        request.Roles.AddRange(Roles.Where(RolesHeld.Contains));
        return request;
    }
}
