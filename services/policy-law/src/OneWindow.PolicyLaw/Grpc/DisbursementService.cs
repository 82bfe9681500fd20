using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.PolicyLaw.Application.Disbursement;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Grpc;

internal sealed class DisbursementService(
    DisbursementReader disbursementReader,
    PrepareBatch prepareBatch,
    ApproveBatch approveBatch,
    ExportBatch exportBatch,
    ImportBankReturn importBankReturn,
    ReverseEntry reverseEntry,
    RecordPayee recordPayee,
    RunBenefitReviews runBenefitReviews,
    ReinstateBenefit reinstateBenefit) : V1.Disbursement.DisbursementBase
{
    private const string Readers = $"{PlatformRoles.PolicyOfficer},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    [Authorize(Roles = Readers)]
    public override Task<ListSchedulesReply> ListSchedules(ListSchedulesRequest request, ServerCallContext context) =>
        disbursementReader.ListSchedulesAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<Schedule> RecordPayee(RecordPayeeRequest request, ServerCallContext context) =>
        recordPayee.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<PaymentBatch> PrepareBatch(PrepareBatchRequest request, ServerCallContext context) =>
        prepareBatch.HandleAsync(request.Period, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<ListBatchesReply> ListBatches(ListBatchesRequest request, ServerCallContext context) =>
        disbursementReader.ListBatchesAsync(request, context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<PaymentBatch> GetBatch(GetBatchRequest request, ServerCallContext context) =>
        disbursementReader.GetBatchAsync(request.BatchId, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<PaymentBatch> ApproveBatch(GetBatchRequest request, ServerCallContext context) =>
        approveBatch.HandleAsync(request.BatchId, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<BankFile> ExportBatch(GetBatchRequest request, ServerCallContext context) =>
        exportBatch.HandleAsync(request.BatchId, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<PaymentBatch> ImportBankReturn(ImportBankReturnRequest request, ServerCallContext context) =>
        importBankReturn.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<LedgerEntry> ReverseEntry(ReverseEntryRequest request, ServerCallContext context) =>
        reverseEntry.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<ListLedgerReply> ListLedger(ListLedgerRequest request, ServerCallContext context) =>
        disbursementReader.ListLedgerAsync(request, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.PolicyOfficer},{PlatformRoles.DistrictAdmin}")]
    public override async Task<RunBenefitReviewsReply> RunBenefitReviews(RunBenefitReviewsRequest request, ServerCallContext context)
    {
        var run = await runBenefitReviews.HandleAsync(request.AsOf, context.CancellationToken);
        return new RunBenefitReviewsReply { AsOf = Wire.Day(run.AsOf), Announced = run.Announced, Suspended = run.Suspended, Ended = run.Ended };
    }

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<Schedule> ReinstateBenefit(ReinstateBenefitRequest request, ServerCallContext context) =>
        reinstateBenefit.HandleAsync(request, context.CancellationToken);
}

internal sealed class PrepareBatchRequestValidator : AbstractValidator<PrepareBatchRequest>
{
    public PrepareBatchRequestValidator() =>
        RuleFor(r => r.Period).Matches(@"^[0-9]{4}-(0[1-9]|1[0-2])\z").WithMessage("period is a month as yyyy-MM.");
}

internal sealed class RecordPayeeRequestValidator : AbstractValidator<RecordPayeeRequest>
{
    public RecordPayeeRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.ItemCode).NotEmpty().MaximumLength(40);
    }
}

internal sealed class ListBatchesRequestValidator : AbstractValidator<ListBatchesRequest>
{
    public ListBatchesRequestValidator() =>
        RuleFor(r => r.Period).Matches(@"^[0-9]{4}-(0[1-9]|1[0-2])\z").When(r => r.Period is not null).WithMessage("period is a month as yyyy-MM.");
}

internal sealed class ImportBankReturnRequestValidator : AbstractValidator<ImportBankReturnRequest>
{
    public ImportBankReturnRequestValidator()
    {
        RuleFor(r => r.BatchId).NotEmpty();
        RuleFor(r => r.Content).NotEmpty().MaximumLength(512 * 1024);
    }
}

internal sealed class ReverseEntryRequestValidator : AbstractValidator<ReverseEntryRequest>
{
    public ReverseEntryRequestValidator()
    {
        RuleFor(r => r.EntryId).NotEmpty();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class ReinstateBenefitRequestValidator : AbstractValidator<ReinstateBenefitRequest>
{
    public ReinstateBenefitRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.ItemCode).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("reason states why the benefit is paid again.").MaximumLength(500);
    }
}

internal sealed class GetBatchRequestValidator : AbstractValidator<GetBatchRequest>
{
    public GetBatchRequestValidator() => RuleFor(r => r.BatchId).Id("batchId");
}

internal sealed class ListLedgerRequestValidator : AbstractValidator<ListLedgerRequest>
{
    public ListLedgerRequestValidator()
    {
        RuleFor(r => r.HouseholdId!).Id("householdId").When(r => r.HouseholdId is not null);
        RuleFor(r => r.Period).Matches(@"\A[0-9]{4}-(0[1-9]|1[0-2])\z").When(r => r.Period is not null).WithMessage("period is a month as yyyy-MM.");
        RuleFor(r => r.BatchId!).Id("batchId").When(r => r.BatchId is not null);
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}

internal sealed class ListSchedulesRequestValidator : AbstractValidator<ListSchedulesRequest>
{
    public ListSchedulesRequestValidator()
    {
        RuleFor(r => r.HouseholdId!).Id("householdId").When(r => r.HouseholdId is not null);
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}

internal sealed class RunBenefitReviewsRequestValidator : AbstractValidator<RunBenefitReviewsRequest>
{
    public RunBenefitReviewsRequestValidator() => RuleFor(r => r.AsOf).OptionalDay("asOf");
}
