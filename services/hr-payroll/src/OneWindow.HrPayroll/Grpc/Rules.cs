namespace OneWindow.HrPayroll.Grpc;

internal static class Rules
{
    public const string Date = @"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z";
    public const string StaffId = @"^[a-z][a-z0-9-]{2,63}\z";
}
