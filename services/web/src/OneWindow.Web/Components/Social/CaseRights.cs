using System.Security.Claims;
using OneWindow.ServiceDefaults;
using OneWindow.SocialWork.V1;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Social;

/// <summary>
/// What the signed-in worker may do on a case, as social-work decides it: its workers and the department head (a
/// head who is also a social worker) change it and read its sensitive notes; anyone else reads it only. A visit is
/// recorded by its own worker or the head. The page asks here so that it never offers what the service would refuse
/// (and audit as denied).
/// </summary>
public sealed record CaseRights(bool MayWork, string? Me, bool DepartmentHead)
{
    public static CaseRights Of(Case socialCase, ClaimsPrincipal user)
    {
        var me = user.Subject();
        var head = user.IsInRole(PlatformRoles.Head) && user.IsInRole(PlatformRoles.SocialWorker);
        return new CaseRights(head || (me is not null && (socialCase.LeadWorker == me || socialCase.Workers.Contains(me))), me, head);
    }

    /// <summary>Sensitive notes are for the people who may change the case, closed or not.</summary>
    public bool MayReadSensitiveNotes => MayWork;

    public bool MayRecord(HomeVisit visit) => MayWork && (DepartmentHead || visit.Worker == Me);
}
