namespace OneWindow.HrPayroll.Domain.Pay;

/// <summary>The three post tiers of 三岗十八级: 一岗 (leading), 二岗 (supervising), 三岗 (general).</summary>
public enum PostTier
{
    One = 1,
    Two = 2,
    Three = 3,
}
