namespace OneWindow.HrPayroll.Grpc;

internal static class Rules
{
    public const string Date = @"^\d{4}-\d{2}-\d{2}$";
    public const string StaffId = "^[a-z][a-z0-9-]{2,63}$";
}
