namespace OneWindow.Common.Vocabulary;

// The shared words of docs/domain.md every service and the event contracts use: one definition each.

public enum Department
{
    FrontWindows,
    FirstReview,
    PolicyAndLaw,
    SocialWork,
    Grid,
    CentreManagement,
}
