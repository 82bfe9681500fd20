using OneWindow.HrPayroll.Domain.Payroll;

namespace OneWindow.HrPayroll.Tests.Domain;

/// <summary>Regular runs as the background computation leaves them: drafts, here of nobody.</summary>
internal static class DraftRuns
{
    public static PayrollRun Of(string month, int scaleVersion, string preparedBy, DateTimeOffset at)
    {
        var run = PayrollRun.PrepareRegular(month, scaleVersion, preparedBy, headcount: 0, at);
        run.FinishComputing();
        return run;
    }
}
