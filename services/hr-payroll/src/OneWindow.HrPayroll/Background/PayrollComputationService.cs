using Microsoft.Extensions.Options;
using OneWindow.HrPayroll.Application.Payroll;

namespace OneWindow.HrPayroll.Background;

/// <summary>Runs <see cref="PayrollComputation"/> whenever a run is prepared, and on an interval.</summary>
internal sealed partial class PayrollComputationService(
    PayrollComputation computation, RunsPrepared prepared, IOptions<PayrollComputationOptions> options, ILogger<PayrollComputationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await computation.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }

            await prepared.WaitAsync(options.Value.Interval, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for payroll runs to compute failed; looking again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
