using Microsoft.AspNetCore.Authorization;
using OneWindow.ServiceDefaults;

namespace OneWindow.Web.SignIn;

/// <summary>
/// Who may open which page. Staff pages refuse devices and device pages refuse staff: a kiosk left signed in never
/// shows a clerk's desk, and a clerk's session never issues tickets as a kiosk.
/// </summary>
public static class ConsolePolicies
{
    public const string Clerk = "clerk";
    public const string Staff = "staff";
    public const string HallWatch = "hall-watch";
    public const string Review = "review";
    public const string ReviewHead = "review-head";
    public const string Approval = "approval";
    public const string GridManager = "grid-manager";
    public const string Disbursement = "disbursement";
    public const string PolicyAnswers = "policy-answers";
    public const string PolicyDepartment = "policy-department";
    public const string SocialWork = "social-work";
    public const string Hr = "hr";
    public const string Director = "director";
    public const string District = "district";
    public const string Complaints = "complaints";
    public const string Audit = "audit";
    public const string Kiosk = "device:kiosk";
    public const string RatingPad = "device:rating-pad";
    public const string HallDisplay = "device:hall-display";

    /// <summary>The paths of device pages: an anonymous visit there starts the device flow, not the staff sign-in.</summary>
    public static readonly string[] DevicePaths = ["/kiosk", "/display", "/pad"];

    public static AuthorizationBuilder AddConsolePolicies(this AuthorizationBuilder policies) => policies
        // Every page says who may open it ([Authorize] or [AllowAnonymous]); a test holds every page to it.
        .SetFallbackPolicy(null)
        // Any member of staff: the service behind the page decides by role what they may read (a file, for one).
        .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()))
        .AddPolicy(Clerk, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.Clerk))
        .AddPolicy(Review, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.Reviewer, PlatformRoles.Supervisor, PlatformRoles.Head))
        .AddPolicy(ReviewHead, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.Head))
        .AddPolicy(Approval, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.PolicyOfficer, PlatformRoles.Supervisor, PlatformRoles.Director))
        .AddPolicy(GridManager, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.GridManager))
        .AddPolicy(Disbursement, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.PolicyOfficer, PlatformRoles.Director))
        // The one voice is read at every window (the consultation window first); policy officers keep it.
        .AddPolicy(PolicyAnswers, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.Clerk, PlatformRoles.PolicyOfficer))
        // Training records and the quality checks of first review: policy officers keep them, heads and the director read them.
        .AddPolicy(PolicyDepartment, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.PolicyOfficer, PlatformRoles.Head, PlatformRoles.Director))
        .AddPolicy(SocialWork, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.SocialWorker))
        // Heads decide leave and adjust evaluations; the director approves payroll runs and confirms awards.
        .AddPolicy(Hr, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.HrAdmin, PlatformRoles.Director, PlatformRoles.Head))
        .AddPolicy(Director, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.Director))
        .AddPolicy(District, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.DistrictAdmin))
        .AddPolicy(Audit, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.Director, PlatformRoles.DistrictAdmin))
        .AddPolicy(Complaints, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.Director, PlatformRoles.Head))
        .AddPolicy(HallWatch, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsDevice()).RequireRole(PlatformRoles.Director, PlatformRoles.Head))
        .AddPolicy(Kiosk, policy => policy.RequireClaim(ConsoleUser.DeviceKindClaim, "kiosk"))
        .AddPolicy(RatingPad, policy => policy.RequireClaim(ConsoleUser.DeviceKindClaim, "rating-pad"))
        .AddPolicy(HallDisplay, policy => policy.RequireClaim(ConsoleUser.DeviceKindClaim, "hall-display"));
}
