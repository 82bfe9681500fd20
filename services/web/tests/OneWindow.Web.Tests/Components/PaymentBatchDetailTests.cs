using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>What the batch page offers whom: the director approves (never the preparer, who is told so), officers take the bank file and settle.</summary>
public sealed class PaymentBatchDetailTests : BunitContext
{
    private const string BatchId = "0193a0b2-0000-7000-8000-0000000000b1";
    private readonly AnsweringInvoker _policyLaw = new();

    public PaymentBatchDetailTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Disbursement.DisbursementClient(_policyLaw));
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        Services.AddScoped<OneWindow.Web.Components.Desk.DeskCatalogue>();
        Services.AddTransient<PageAction>();
    }

    [Theory]
    [InlineData("policy-officer")]
    [InlineData("policy-officer", "director")]
    public void Whoever_prepared_the_batch_is_told_it_is_not_theirs_to_approve_and_is_offered_no_approval(params string[] roles)
    {
        SignIn("jiangpu-s031", roles);
        _policyLaw.Answer(Batch("prepared", preparedBy: "jiangpu-s031"));

        var page = RenderBatch();

        page.WaitForAssertion(() => Assert.Contains("本批次由您编制", page.Find("[data-test=batch-not-yours]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=approve-batch]"));
    }

    [Fact]
    public void The_director_approves_a_batch_someone_else_prepared()
    {
        SignIn("jiangpu-s001", "director");
        _policyLaw.Answer(Batch("prepared", preparedBy: "jiangpu-s031"));
        var page = RenderBatch();
        page.WaitForAssertion(() => Assert.Contains("待主任审批", page.Find("[data-test=batch-status]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=batch-not-yours]"));
        Assert.Empty(page.FindAll("[data-test=export-batch]"));

        _policyLaw.Answer(Batch("approved", preparedBy: "jiangpu-s031", approvedBy: "jiangpu-s001"));
        page.Find("[data-test=approve-batch]").Click();

        page.WaitForAssertion(() => Assert.Contains("jiangpu-s001", page.Find("[data-test=batch-approved-by]").TextContent, StringComparison.Ordinal));
        // Read once, then the approval itself: both name the batch by its id.
        Assert.All(_policyLaw.Sent.OfType<GetBatchRequest>(), r => Assert.Equal(BatchId, r.BatchId));
        Assert.Equal(2, _policyLaw.Sent.OfType<GetBatchRequest>().Count());
        Assert.Empty(page.FindAll("[data-test=approve-batch]"));
    }

    [Fact]
    public void An_officer_is_offered_no_bank_file_before_the_director_has_approved()
    {
        SignIn("jiangpu-s030", "policy-officer");
        _policyLaw.Answer(Batch("prepared", preparedBy: "jiangpu-s031"));

        var page = RenderBatch();

        page.WaitForAssertion(() => Assert.Contains("待主任审批", page.Find("[data-test=batch-status]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=export-batch]"));
        Assert.Empty(page.FindAll("[data-test=approve-batch]"));
        Assert.Empty(page.FindAll("[data-test=bank-return]"));
    }

    [Fact]
    public void An_approved_batch_hands_the_officer_the_bank_file_as_a_download()
    {
        SignIn("jiangpu-s031", "policy-officer");
        _policyLaw.Answer(Batch("approved", preparedBy: "jiangpu-s031", approvedBy: "jiangpu-s001"));
        _policyLaw.Answer(new BankFile { FileName = "jiangpu-2026-12.csv", ContentType = "text/csv; charset=utf-8", Content = "H,jiangpu,b1,2026-12,0,0.00\r\nT,0,0.00\r\n" });
        var page = RenderBatch();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=export-batch]")));

        page.Find("[data-test=export-batch]").Click();

        page.WaitForAssertion(() => Assert.Contains("银行文件已下载", page.Find("[data-test=batch-done]").TextContent, StringComparison.Ordinal));
        var (name, content) = Assert.Single(JSInterop.Handed());
        Assert.Equal("jiangpu-2026-12.csv", name);
        Assert.Equal("H,jiangpu,b1,2026-12,0,0.00\r\nT,0,0.00\r\n", System.Text.Encoding.UTF8.GetString(content));
    }

    [Fact]
    public void The_bank_return_file_settles_an_exported_batch_and_the_page_says_how_many_were_paid_and_failed()
    {
        SignIn("jiangpu-s031", "policy-officer");
        _policyLaw.Answer(Batch("exported", preparedBy: "jiangpu-s031", approvedBy: "jiangpu-s001"));
        var page = RenderBatch();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=bank-return]")));

        var settled = Batch("settled", preparedBy: "jiangpu-s031", approvedBy: "jiangpu-s001");
        settled.PaidCount = 1;
        settled.FailedCount = 1;
        _policyLaw.Answer(settled);
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("e1,paid,BANK1\ne2,failed,BANK2,账户已销户\n", "return.csv"));

        page.WaitForAssertion(() => Assert.Contains("发放成功 1 笔，失败 1 笔", page.Find("[data-test=batch-bank-result]").TextContent, StringComparison.Ordinal));
        Assert.Equal("e1,paid,BANK1\ne2,failed,BANK2,账户已销户\n", Assert.Single(_policyLaw.Sent.OfType<ImportBankReturnRequest>()).Content);
        Assert.Empty(page.FindAll("[data-test=bank-return]"));
    }

    [Fact]
    public void The_director_reads_why_an_entry_is_paid_at_another_amount_than_the_rules_before_approving()
    {
        SignIn("jiangpu-s001", "director");
        _policyLaw.Answer(Batch("prepared", preparedBy: "jiangpu-s031"));
        var ledger = new ListLedgerReply { Balance = "300.00" };
        ledger.Entries.Add(new LedgerEntry
        {
            EntryId = "e1", HouseholdId = "h1", ItemCode = "elderly-allowance", Period = "2026-12", Kind = "payment", Amount = "300.00",
            RuleAmount = "150.00", AmountReason = "独居且失能，经主任办公会研究按高档发放",
        });
        _policyLaw.Answer(ledger);

        var page = RenderBatch();

        page.WaitForAssertion(() => Assert.Equal("按规则应为 150.00 元，审批调整理由：独居且失能，经主任办公会研究按高档发放", page.Find("[data-test=entry-note]").TextContent));
        Assert.Single(page.FindAll("[data-test=approve-batch]"));
    }

    [Fact]
    public void A_batchs_entries_come_a_page_at_a_time_counted_and_summed_in_all_and_the_next_page_is_asked_by_its_token()
    {
        SignIn("jiangpu-s031", "policy-officer");
        _policyLaw.Answer(Batch("prepared", preparedBy: "jiangpu-s031"));
        var ledger = new ListLedgerReply { Balance = "18000.00", TotalSize = 120, NextPageToken = "entries-2" };
        ledger.Entries.Add(new LedgerEntry { EntryId = "e1", HouseholdId = "h1", ItemCode = "elderly-allowance", Period = "2026-12", Kind = "payment", Amount = "150.00" });
        _policyLaw.Answer(ledger);
        var page = RenderBatch();
        page.WaitForAssertion(() => Assert.Contains("共 120 笔，合计 18,000.00 元", page.Markup, StringComparison.Ordinal));

        page.Find("[data-test=page-next]").Click();

        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        var asked = _policyLaw.Sent.OfType<ListLedgerRequest>().ToList();
        Assert.Equal(["", "entries-2"], asked.Select(r => r.PageToken));
        Assert.All(asked, r => Assert.Equal((BatchId, 50), (r.BatchId, r.PageSize)));
    }

    [Fact]
    public void An_exported_batch_shows_the_bank_files_control_totals_what_it_left_out_and_what_it_pays_again()
    {
        SignIn("jiangpu-s031", "policy-officer");
        var batch = Batch("exported", preparedBy: "jiangpu-s031", approvedBy: "jiangpu-s001");
        (batch.SentCount, batch.SentTotal, batch.RetryCount) = (1, "150.00", 1);
        _policyLaw.Answer(batch);

        var page = RenderBatch();

        page.WaitForAssertion(() => Assert.StartsWith("1 笔，合计 150.00 元", page.Find("[data-test=batch-sent]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Contains("另有 1 笔未登记收款账户", page.Find("[data-test=batch-left-out]").TextContent, StringComparison.Ordinal);
        Assert.Equal("1 笔（前批银行退回）", page.Find("[data-test=batch-retries]").TextContent);
    }

    [Fact]
    public void A_prepared_batch_says_its_bank_file_is_not_taken_yet()
    {
        SignIn("jiangpu-s031", "policy-officer");
        _policyLaw.Answer(Batch("prepared", preparedBy: "jiangpu-s031"));

        var page = RenderBatch();

        page.WaitForAssertion(() => Assert.Equal("尚未导出银行文件", page.Find("[data-test=batch-sent]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-test=batch-retries]"));
    }

    [Fact]
    public void Each_entry_shows_its_payee_masked_the_banks_word_and_a_payment_made_again()
    {
        SignIn("jiangpu-s031", "policy-officer");
        _policyLaw.Answer(Batch("settled", preparedBy: "jiangpu-s031", approvedBy: "jiangpu-s001"));
        var ledger = new ListLedgerReply { Balance = "150.00", TotalSize = 3 };
        ledger.Entries.Add(new LedgerEntry { EntryId = "e1", HouseholdId = "h1", ItemCode = "elderly-allowance", Period = "2026-12", Kind = "payment", Amount = "150.00", PayeeName = "王**", PayeeAccount = "***************0128", BankResult = "paid", BankReference = "B001", Paid = true });
        ledger.Entries.Add(new LedgerEntry { EntryId = "e2", HouseholdId = "h2", ItemCode = "elderly-allowance", Period = "2026-12", Kind = "payment", Amount = "300.00", PayeeName = "李**", PayeeAccount = "********5678", BankResult = "failed", BankReference = "B002", BankNote = "账户已销户" });
        ledger.Entries.Add(new LedgerEntry { EntryId = "e3", HouseholdId = "h3", ItemCode = "elderly-allowance", Period = "2026-11", Kind = "payment", Amount = "150.00", PayeeName = "张*", PayeeAccount = "********4321", RetryOf = "e0" });
        _policyLaw.Answer(ledger);

        var page = RenderBatch();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=ledger-entry]").Count));
        Assert.Equal(["王**　***************0128", "李**　********5678", "张*　********4321"], page.FindAll("[data-test=entry-payee]").Select(c => c.TextContent));
        Assert.Equal(["已到账", "未到账：账户已销户", ""], page.FindAll("[data-test=entry-bank]").Select(c => c.TextContent));
        Assert.Equal("重发（前批银行退回）", page.FindAll("[data-test=entry-note]")[2].TextContent);
    }

    [Fact]
    public void A_return_file_for_another_batch_is_refused_in_words_and_the_batch_stays_to_settle()
    {
        SignIn("jiangpu-s031", "policy-officer");
        _policyLaw.Answer(Batch("exported", preparedBy: "jiangpu-s031", approvedBy: "jiangpu-s001"));
        var page = RenderBatch();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=bank-return]")));
        _policyLaw.Refuse(new Google.Rpc.Status
        {
            Code = (int)Grpc.Core.StatusCode.InvalidArgument,
            Message = "The return file is for another batch.",
            Details =
            {
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "return-file-for-another-batch", Domain = "onewindow" }),
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.BadRequest { FieldViolations = { new Google.Rpc.BadRequest.Types.FieldViolation { Field = "content", Description = "another batch" } } }),
            },
        });

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("H,0193a0b2-0000-7000-8000-0000000000ff\nT,0\n", "return.csv"));

        page.WaitForAssertion(() => Assert.Contains("属于另一个批次", page.Find("[data-test=batch-refusal]").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-test=bank-return]"));
    }

    private IRenderedComponent<PaymentBatchDetail> RenderBatch() =>
        Render<PaymentBatchDetail>(parameters => parameters.Add(p => p.BatchId, BatchId));

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));

    private static PaymentBatch Batch(string status, string preparedBy, string? approvedBy = null) => new()
    {
        BatchId = BatchId,
        Period = "2026-12",
        Status = status,
        EntryCount = 2,
        Total = "450.00",
        PreparedBy = preparedBy,
        ApprovedBy = approvedBy,
        PreparedAt = "2026-12-03T09:00:00+08:00",
    };
}
