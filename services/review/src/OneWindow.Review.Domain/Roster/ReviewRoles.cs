namespace OneWindow.Review.Domain.Roster;

/// <summary>The role names of docs/roles.md that review's rules read (the host maps tokens; the domain reads the roster).</summary>
public static class ReviewRoles
{
    public const string Reviewer = "reviewer";
    public const string Supervisor = "supervisor";
    public const string Head = "head";
}
