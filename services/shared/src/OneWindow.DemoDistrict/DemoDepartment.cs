namespace OneWindow.DemoDistrict;

public enum DemoDepartment
{
    FrontWindows,
    FirstReview,
    PolicyAndLaw,
    SocialWork,
    Grid,
    CentreManagement,
    District,
}
