namespace OneWindow.ServiceDefaults;

/// <summary>The roles of docs/roles.md, as they appear in tokens.</summary>
public static class PlatformRoles
{
    public const string Resident = "resident";
    public const string Device = "device";
    public const string Clerk = "clerk";
    public const string Reviewer = "reviewer";
    public const string Supervisor = "supervisor";
    public const string PolicyOfficer = "policy-officer";
    public const string SocialWorker = "social-worker";
    public const string GridManager = "grid-manager";
    public const string Head = "head";
    public const string Director = "director";
    public const string HrAdmin = "hr-admin";
    public const string DistrictAdmin = "district-admin";

    /// <summary>
    /// The notification service's own identity (not a person's, so not in <see cref="All"/>: no development token
    /// endpoint issues it). Intake answers it where a resident's phone or address is; see docs/adr/0010.
    /// </summary>
    public const string NotificationService = "notification-service";

    /// <summary>
    /// The identity provider's own identity (not a person's either): notification sends a resident's sign-in code
    /// for it, and intake answers whether a name and an ID number are a resident of the district (real-name binding).
    /// </summary>
    public const string IdentityService = "identity-service";

    /// <summary>Every staff role, for <c>[Authorize(Roles = AnyStaff)]</c>: not residents, not devices.</summary>
    public const string AnyStaff = "clerk,reviewer,supervisor,policy-officer,social-worker,grid-manager,head,director,hr-admin,district-admin";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Resident, Device, Clerk, Reviewer, Supervisor, PolicyOfficer, SocialWorker, GridManager, Head, Director, HrAdmin, DistrictAdmin,
    };
}
