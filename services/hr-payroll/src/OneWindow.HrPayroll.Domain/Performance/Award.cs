namespace OneWindow.HrPayroll.Domain.Performance;

/// <summary>Monthly awards (月度评优), chosen by rule and confirmed by the director.</summary>
public enum Award
{
    None,

    /// <summary>服务明星.</summary>
    ServiceStar,

    /// <summary>业务能手.</summary>
    BusinessExpert,
}
