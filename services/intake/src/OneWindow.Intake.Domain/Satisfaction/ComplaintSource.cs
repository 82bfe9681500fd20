namespace OneWindow.Intake.Domain.Satisfaction;

/// <summary>Where a complaint came in.</summary>
public enum ComplaintSource
{
    /// <summary>At the centre, told to staff.</summary>
    InPerson,

    /// <summary>投诉电话.</summary>
    Hotline,

    /// <summary>The resident's own account (app).</summary>
    Online,

    /// <summary>The window's evaluation device.</summary>
    Device,
}
