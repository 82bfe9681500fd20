namespace OneWindow.SocialWork.Application;

/// <summary>What social work asks of a caller.</summary>
public static class CallerRules
{
    extension(Caller caller)
    {
        /// <summary>
        /// The head of the social work department: a head who is also a social worker (heads of other departments
        /// hold head with their own department's role, and see no case at all).
        /// </summary>
        public bool IsDepartmentHead => caller.Is(PlatformRoles.Head) && caller.Is(PlatformRoles.SocialWorker);
    }
}
