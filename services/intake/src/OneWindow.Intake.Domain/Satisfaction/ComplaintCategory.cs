namespace OneWindow.Intake.Domain.Satisfaction;

/// <summary>What a complaint is about (投诉类别).</summary>
public enum ComplaintCategory
{
    /// <summary>服务态度.</summary>
    Attitude,

    /// <summary>等候时间.</summary>
    Waiting,

    /// <summary>办事效率、流程.</summary>
    Process,

    /// <summary>材料要求、多次跑.</summary>
    Materials,

    /// <summary>环境设施.</summary>
    Facilities,

    Other,
}
